"""Run the command line in-process, as a test would a person at a terminal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Run:
    status: int
    out: str
    err: str


RunCli = Callable[..., Run]
