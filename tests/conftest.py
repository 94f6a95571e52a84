"""Settings shared by the whole suite."""

from __future__ import annotations

import os

from hypothesis import settings

# No per-example deadline: the suite shares two cores with a database and a browser, and a
# slow example is not a wrong one. In CI the examples are derandomised, so a red run can be
# reproduced exactly; elsewhere they vary from run to run to keep finding new cases.
settings.register_profile(
    "achillespath",
    deadline=None,
    print_blob=True,
    derandomize=os.environ.get("CI") == "true",
)
settings.load_profile("achillespath")
