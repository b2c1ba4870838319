"""A small HTTP layer for SPARQL endpoints: auth from the environment, timeouts, and one place
that turns transport and HTTP failures into one-line KgErrors.

Credentials come from options or ``KG_STORE_USER`` / ``KG_STORE_PASSWORD`` (Basic, or Digest
when ``KG_STORE_AUTH=digest``) or ``KG_STORE_TOKEN`` (Bearer). They never appear in a message:
URLs are shown without their user-info part and server replies are trimmed to one line.
"""

from __future__ import annotations

import html
import os
import re
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlsplit, urlunsplit

import httpx

from kg.errors import KgError, QueryError, QueryTimeout, StoreError
from kg.store.http_deadline import exchange_by

DEFAULT_TIMEOUT = 60.0
#: longest wait for a connection, however long the reply may take
CONNECT_TIMEOUT = 10.0
CREDENTIALS_HINT = "check KG_STORE_USER/KG_STORE_PASSWORD or KG_STORE_TOKEN"
ACCESS_DENIED = f"access denied ({CREDENTIALS_HINT})"
_MAX_MESSAGE = 300
#: server messages that mean "you may not do this" whatever the HTTP status (Virtuoso says 500)
_DENIED_PATTERNS = re.compile(r"SR186|No permission|permission denied|not authori[sz]ed", re.IGNORECASE)


def public_url(url: str) -> str:
    """``url`` without user:password@, for messages."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


@dataclass(frozen=True)
class Credentials:
    """Who we are to the server. ``repr`` hides the secrets."""

    user: str | None = None
    password: str | None = None
    token: str | None = None
    scheme: str = "basic"  # basic | digest

    def __repr__(self) -> str:
        kind = "token" if self.token else (self.scheme if self.user else "none")
        return f"Credentials({kind})"

    @classmethod
    def from_env(
        cls,
        *,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        scheme: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Credentials:
        env = os.environ if env is None else env
        scheme = (scheme or env.get("KG_STORE_AUTH") or "basic").lower()
        if scheme not in ("basic", "digest", "bearer"):
            raise StoreError(f"KG_STORE_AUTH={scheme}: unknown auth scheme (use basic, digest or bearer)")
        return cls(
            user=user or env.get("KG_STORE_USER") or None,
            password=password or env.get("KG_STORE_PASSWORD") or None,
            token=token or env.get("KG_STORE_TOKEN") or None,
            scheme="basic" if scheme == "bearer" else scheme,
        )

    def secrets(self) -> tuple[str, ...]:
        """What a server reply quoted in a message must not show."""
        return tuple(s for s in (self.password, self.token) if s)

    def httpx_auth(self) -> httpx.Auth | None:
        if self.token:
            return _BearerAuth(self.token)
        if self.user is None:
            return None
        if self.scheme == "digest":
            return httpx.DigestAuth(self.user, self.password or "")
        return httpx.BasicAuth(self.user, self.password or "")


class _BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "_BearerAuth(***)"


def first_line(text: str) -> str:
    """The first non-empty line of a server reply, trimmed."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _MAX_MESSAGE else line[: _MAX_MESSAGE - 1] + "…"
    return ""


class HttpClient:
    """One httpx.Client with our auth, timeouts and error messages."""

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.credentials = credentials or Credentials()
        self.timeout = timeout
        self._client = httpx.Client(
            auth=self.credentials.httpx_auth(),
            timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT)),
            transport=transport,
            follow_redirects=True,
            headers={"User-Agent": "policy-kg"},
        )
        #: the Server header of the last reply (e.g. "Virtuoso/07.20.3229 ...")
        self.server = ""

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        error: type[KgError] = StoreError,
        what: str = "request",
        allow: tuple[int, ...] = (),
        deadline: float | None = None,
        **kwargs: object,
    ) -> httpx.Response:
        """Send a request; on failure raise ``error`` (for 4xx replies) or StoreError (others).

        Statuses in ``allow`` are returned to the caller instead of raised. With a ``deadline``
        (``time.monotonic()``) the whole exchange ends by then, else :class:`QueryTimeout`.
        """
        where = public_url(url)
        try:
            if deadline is None:
                response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
            else:
                response = exchange_by(self._client, deadline, method, url, connect=CONNECT_TIMEOUT, **kwargs)
        except httpx.TransportError as err:
            if deadline is not None and time.monotonic() >= deadline:
                raise QueryTimeout(
                    f"{where}: the {what} took longer than its deadline and was stopped"
                ) from err
            raise self._transport_error(where, what, err) from err
        except httpx.TooManyRedirects as err:  # a redirect loop: not a transport error to httpx
            raise StoreError(f"{where}: {what} failed (too many redirects)") from err
        self.server = response.headers.get("server", self.server)
        if response.status_code >= 400 and response.status_code not in allow:
            raise _http_error(where, response, error, self.credentials.secrets())
        return response

    def _transport_error(self, where: str, what: str, err: httpx.TransportError) -> StoreError:
        """One line for a request that got no reply."""
        if isinstance(err, httpx.TimeoutException):
            return StoreError(
                f"{where}: no answer within {self.timeout:g} s ({what} timed out; "
                "raise the limit with KG_STORE_TIMEOUT)"
            )
        if isinstance(err, httpx.ConnectError):
            return StoreError(f"{where}: cannot connect ({_connect_reason(err)})")
        reason = f"{type(err).__name__}: {first_line(str(err))}"
        return StoreError(f"{where}: {what} failed ({reason})")


def _connect_reason(err: Exception) -> str:
    text = str(err).lower()
    if "refused" in text:
        return "connection refused"
    if "name or service" in text or "nodename" in text or "name resolution" in text:
        return "host name not found"
    if "unreachable" in text:
        return "network unreachable"
    return first_line(str(err)) or type(err).__name__


_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_INVISIBLE = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
#: longest piece of a web page quoted in an error message
_MAX_SNIPPET = 100


def _is_web_page(response: httpx.Response, body: str) -> bool:
    if "html" in response.headers.get("content-type", "").lower():
        return True
    return body.lstrip()[:14].lower() in ("<!doctype html", "<html>") or body.lstrip()[:6].lower() == "<html "


def page_summary(body: str) -> str:
    """What a web page says, in one short line: its <title>, else its text without tags.

    An HTML error page's first line is ``<!DOCTYPE HTML>``, which tells the user nothing.
    """
    title = _TITLE.search(body)
    raw = title.group(1) if title and title.group(1).strip() else _TAG.sub(" ", _INVISIBLE.sub(" ", body))
    text = " ".join(html.unescape(_TAG.sub(" ", raw)).split())  # newlines and tabs become spaces
    return text if len(text) <= _MAX_SNIPPET else text[: _MAX_SNIPPET - 1] + "…"


def _web_page_error(where: str, response: httpx.Response, body: str) -> StoreError:
    """An HTML reply to a SPARQL request comes from a web server, not an endpoint: status,
    reason and what the page says, and the likely cause."""
    status = response.status_code
    try:  # the standard phrase: servers put anything in theirs ("Unsupported method ('POST')")
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = response.reason_phrase or ""
    said = page_summary(body)
    heard = f"HTTP {status} {reason}".strip()
    if said and said.lower() not in (reason.lower(), heard.lower(), str(status)):
        heard += f" ({said})"
    return StoreError(f"{where}: {heard} — is this a SPARQL endpoint?")


def _own_reason(response: httpx.Response, body: str) -> str:
    """What the reply says in one line beyond its status ("" for "Forbidden" or nothing)."""
    said = page_summary(body) if _is_web_page(response, body) else first_line(body)
    status = response.status_code
    try:
        phrase = HTTPStatus(status).phrase.lower()
    except ValueError:
        phrase = ""
    trivial = {"", str(status), phrase, f"{status} {phrase}", f"http {status}", f"http {status} {phrase}"}
    return "" if said.lower().strip(" .") in trivial else said


def _http_error(
    where: str, response: httpx.Response, error: type[KgError], secrets: tuple[str, ...]
) -> KgError:
    """One line for an error reply. Credentials are hinted at only for an authentication failure:
    401, or 403 without a reason; a 403 that says why (kg serve: "updates are refused: this
    endpoint is read-only") is told as the server says it."""
    status = response.status_code
    try:
        body = response.text
    except Exception:  # undecodable body: the status alone must do
        body = ""
    for secret in secrets:  # a server may echo the credentials it refused, in any reply
        body = body.replace(secret, "***")
    if status == 403 and (reason := _own_reason(response, body)):
        hint = f"; {CREDENTIALS_HINT}" if _DENIED_PATTERNS.search(reason) else ""
        return StoreError(f"{where}: {reason} (HTTP 403{hint})")
    if status in (401, 403) or _DENIED_PATTERNS.search(body[:2000]):
        return StoreError(f"{where}: {ACCESS_DENIED}")
    if status == 404:
        return StoreError(f"{where}: not found (HTTP 404): is this the SPARQL endpoint URL?")
    if _is_web_page(response, body):
        return _web_page_error(where, response, body)
    message = first_line(body) or response.reason_phrase or ""
    if 400 <= status < 500:
        return error(f"{where}: {message}" if message else f"{where}: HTTP {status}")
    # Virtuoso reports SPARQL compile errors as 500 with "SP0xx"/"37000"
    if error is QueryError and re.search(r"\b(SP0\d\d|37000)\b", message):
        return QueryError(f"{where}: {message}")
    return StoreError(f"{where}: server error (HTTP {status}{': ' + message if message else ''})")
