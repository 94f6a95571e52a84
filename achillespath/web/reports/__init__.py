"""Printable documents made from the record: the patient's summary, referral letters."""
