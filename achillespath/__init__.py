"""achillespath: Achilles tendon pain from the first ache to recovery.

The clinical core (intake, triage, pathway, risk, exercise, measures, knowledge, assessment)
is pure: answers in, decisions with reasons and sources out. Adapters (cli, web) wrap it.
"""

__version__ = "0.1.0"
