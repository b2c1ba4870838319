"""http(s) URLs: bounded in time and size; the Content-Type header picks the loader."""

from __future__ import annotations

import os
import time
from urllib.parse import urlsplit

from kg import __version__
from kg.errors import SourceError
from kg.sources.base import Limits, Parsed, over_limit, too_big
from kg.sources.registry import LOADERS, loader, media_type_for_content_type, media_type_for_extension

_UNTYPED = ("", "application/octet-stream", "binary/octet-stream")


def _content_type(response) -> tuple[str, str | None]:
    """(media type as sent, charset or None) from the Content-Type header."""
    header = response.headers.get("content-type", "")
    base = header.split(";", 1)[0].strip().lower()
    charset = None
    for param in header.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return base, charset


def _choose_media_type(url: str, sent: str, data: bytes) -> str | None:
    """The header decides; without a useful one, the URL's extension, then the bytes."""
    chosen = media_type_for_content_type(sent) if sent not in _UNTYPED else None
    if chosen or sent not in _UNTYPED:
        return chosen
    from kg.sources import sniff_media_type

    ext = os.path.splitext(urlsplit(url).path)[1]
    return (media_type_for_extension(ext) if ext else None) or sniff_media_type(data)


def _download(url: str, name: str, limits: Limits) -> tuple[bytes, str, str | None]:
    """GET with connect/read timeouts, at most ``max_redirects`` hops, stopping at the size cap."""
    import httpx

    timeout = httpx.Timeout(limits.url_timeout)
    headers = {"User-Agent": f"policy-kg/{__version__}", "Accept": ", ".join([*LOADERS, "*/*;q=0.1"])}
    deadline = time.monotonic() + limits.url_total_timeout
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=limits.max_redirects, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise SourceError(f"{name}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
            sent, charset = _content_type(response)
            if sent not in _UNTYPED and media_type_for_content_type(sent) is None:
                raise SourceError(f"{name}: unsupported content type {sent}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise too_big(name, int(declared), limits)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    raise over_limit(name, limits)
                if time.monotonic() > deadline:
                    raise SourceError(f"{name}: timed out after {limits.url_total_timeout:g}s")
                chunks.append(chunk)
    except httpx.TimeoutException as err:
        raise SourceError(f"{name}: timed out after {limits.url_timeout:g}s") from err
    except httpx.TooManyRedirects as err:
        raise SourceError(f"{name}: too many redirects (more than {limits.max_redirects})") from err
    except httpx.ConnectError as err:
        reason = str(err) or type(err).__name__
        if "refused" in reason.lower():
            reason = "connection refused"
        raise SourceError(f"{name}: could not connect ({reason})") from err
    except httpx.InvalidURL as err:
        raise SourceError(f"{name}: not a valid URL ({err})") from err
    except httpx.HTTPError as err:
        raise SourceError(f"{name}: download failed ({type(err).__name__}: {err})") from err
    return b"".join(chunks), sent, charset


def fetch(url: str, *, name: str, limits: Limits) -> Parsed:
    data, sent, charset = _download(url, name, limits)
    media_type = _choose_media_type(url, sent, data)
    if media_type is None:
        raise SourceError(f"{name}: unsupported content type {sent or 'unknown'}")
    return loader(media_type).parse(data, name=name, charset=charset, limits=limits)
