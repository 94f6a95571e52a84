"""The API reads request bodies as the command line does (achillespath.json_text): a field given
twice in one object, or a NUL character in text, is refused naming the field, in every route.

Ninja's own parser keeps the last of two equal keys, so a red flag answered "yes" and then "no"
became "no" without a word (HAZ-11); and the NUL check here covers every text field, present and
future, as Django's form fields do on the website.
"""

from __future__ import annotations

from typing import cast

from django.http import HttpRequest
from ninja.parser import Parser
from ninja.types import DictStrAny

from achillespath.json_text import read_json

__all__ = ["JsonTextParser"]


class JsonTextParser(Parser):
    """Ninja's parser with achillespath.json_text's reading of the body.

    Ninja turns any error here into an HttpError 400 whose cause is the error, which
    achillespath.web.api.problems answers with the field named."""

    def parse_body(self, request: HttpRequest) -> DictStrAny:
        return cast("DictStrAny", read_json(request.body))
