"""Server URLs: a service's URL template from the spec with every variable filled in.

`{region}` takes the client's region; any other variable takes its default from the spec
(`_spec.SERVER_VARIABLES`). The URL's path (`/api/v1`) is the base of every operation's path.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from . import _spec
from ._errors import ConfigurationError

HOST_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?")
VARIABLE = re.compile(r"\{([^{}]+)\}")


def service_url(service: str, region: str | None) -> str:
    """The URL of `service`'s server, its variables filled in."""
    defaults: dict[str, str] = getattr(_spec, "SERVER_VARIABLES", {}).get(service, {})

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "region":
            if not region:
                raise ConfigurationError(
                    f"no region set and no endpoint given for {service!r}: "
                    f"pass region=... or endpoints={{{service!r}: 'https://...'}}"
                )
            if not HOST_LABEL.fullmatch(region):
                raise ConfigurationError(f"region {region!r} is not a valid region id")
            return region
        if name in defaults:
            return defaults[name]
        raise ConfigurationError(f"server variable {name!r} of {service!r} has no value")

    url: Any = _spec.SERVICES[service]["url"]
    return VARIABLE.sub(fill, str(url))


def split(url: str) -> tuple[str, str, str]:
    """(scheme, host[:port], base path without a trailing slash) of an http(s) URL."""
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"endpoint {url!r} is not an http(s) URL")
    path = parsed.raw_path.decode("ascii").split("?", 1)[0].rstrip("/")
    return parsed.scheme, parsed.netloc.decode("ascii"), path
