"""MockDataArts: one request in, one answer out; the logic shared by the transport and the server.

The order of a call: find the operation by method and path; record the call; apply a fault
(delay, status, dropped connection, truncated body) if one is set; check auth (a token, or an
AK/SK signature verified with `dataarts.signing`); validate the request against the spec
(openapi-core); answer with an override if one is set, else with the reference's example for
that request, changed by the state (`x-state`).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from dataarts.signing import sign

from ._spec import Operation, Spec, spec
from ._state import Refused, State
from ._validation import Schemas, Validator


@dataclass
class Reply:
    """An answer: status, body (a JSON value, bytes, or None) and headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"

    def encoded(self) -> bytes:
        """The body as bytes: as given, as text for a non-JSON content type, else as JSON."""
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if self.content_type and "json" not in self.content_type:
            return str(self.body).encode("utf-8")
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


@dataclass
class Fault:
    """What goes wrong: an error status (and code, message, Retry-After), a delay before the
    answer, a dropped connection, or a body cut in half. `times`: how many calls (None: all)."""

    status: int | None = None
    error_code: str | None = None
    message: str | None = None
    retry_after: float | None = None
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False
    times: int | None = None


@dataclass
class Call:
    """A request the mock received, and what it answered."""

    operation: str | None
    method: str
    path: str
    params: dict[str, str]
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: Any
    status: int = 0
    response: Any = None


@dataclass
class Outcome:
    """An answer and how it is delivered (by the transport or the server)."""

    reply: Reply
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False


Responder = Callable[[Call], Reply]


class Core:
    """The mock's logic, without any transport."""

    def __init__(
        self,
        *,
        ak: str,
        sk: str,
        token: str | None,
        validate: bool,
        seed: bool,
    ) -> None:
        self.spec: Spec = spec()
        self.keys = {ak: sk}
        self.token = token
        self.validator = Validator(self.spec) if validate else None
        self.schemas = Schemas(self.spec)
        self.seed = seed
        self.lock = threading.RLock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.state = State(self.spec, self.schemas, self.seed)
            self.calls: list[Call] = []
            self.overrides: dict[str, list[tuple[Responder, list[int | None]]]] = {}
            self.faults: dict[str, list[Fault]] = {}

    # -- the one entry point -----------------------------------------------------------------
    def handle(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> Outcome:
        found = self.spec.match(method, path)
        op, params = found if found else (None, {})
        params = {k: unquote(v) for k, v in params.items()}
        call = Call(op.op_id if op else None, method, path, params, query, headers, _parsed(body))
        with self.lock:
            self.calls.append(call)
            fault = self._take_fault(call.operation)
        try:
            outcome = self._answer(op, call, body, fault)
        except Exception as exc:  # a bug of the mock: say so, as a server error
            text = f"the mock failed on this request: {type(exc).__name__}: {exc}"
            outcome = Outcome(Reply(500, self.error_body(op, None, text)))
        call.status, call.response = outcome.reply.status, outcome.reply.body
        request_id = self.spec.doc.get("x-request-id-header")
        if request_id:
            outcome.reply.headers.setdefault(str(request_id), uuid.uuid4().hex)
        return outcome

    def _answer(
        self, op: Operation | None, call: Call, body: bytes, fault: Fault | None
    ) -> Outcome:
        delay = fault.delay if fault else 0.0
        drop, truncate = (fault.drop, fault.truncate) if fault else (False, False)
        if op is None:
            text = f"no operation of the spec is {call.method} {call.path}"
            return Outcome(Reply(404, self.error_body(None, None, text)), delay, drop, truncate)
        if fault and fault.status:
            reply = self.fault_reply(op, fault)
            return Outcome(reply, delay, drop, truncate)
        reply = self._checked(op, call, body)
        return Outcome(reply, delay, drop, truncate)

    def _checked(self, op: Operation, call: Call, body: bytes) -> Reply:
        problem = self.auth_problem(call, body)
        if problem:
            return self.refusal(
                op,
                401,
                str(self._service(op).get("unauthorized", {}).get("code") or "") or None,
                problem,
            )
        if self.validator is not None:
            problems = self.validator.problems(
                call.method, call.path, call.query, call.headers, body
            )
            if problems:
                code = str(self._service(op).get("invalid") or "") or None
                return self.refusal(
                    op, self.status_for(op, code, (400,)), code, "; ".join(problems)
                )
        responder = self._take_override(op.op_id)
        if responder is not None:
            return responder(call)
        return self.example_reply(op, call)

    # -- answers -----------------------------------------------------------------------------
    def example_reply(self, op: Operation, call: Call) -> Reply:
        case = self.case_for(op, call)
        if case is None:
            return Reply(op.success, None, content_type="")
        response = case["response"]
        body = response["body"]
        if op.state:
            try:
                body = self.state.apply(op, call.params, call.query, call.body, body)
            except Refused as refused:
                preferred = (404, 400) if refused.not_found else (409, 400)
                status = self.status_for(op, refused.code, preferred)
                code = refused.code or None
                return self.refusal(op, status, code, refused.detail, refused.subject)
        return Reply(response["status"], body, content_type=response["content_type"])

    def case_for(self, op: Operation, call: Call) -> dict[str, Any] | None:
        """The fixture case for this request: the one it equals, else one with the same body
        keys (a variant), else the first."""
        query = sorted(call.query)
        for case in op.cases:
            request = case["request"]
            same_query = sorted((k, v) for k, v in request["query"]) == query
            if request["path"] == call.path and same_query and request["body"] == call.body:
                return case
        for case in op.cases:
            request_body = case["request"]["body"]
            if isinstance(call.body, dict) and isinstance(request_body, dict):
                if request_body.keys() == call.body.keys():
                    return case
        return op.cases[0] if op.cases else None

    def fault_reply(self, op: Operation, fault: Fault) -> Reply:
        status = int(fault.status or 500)
        message = fault.message
        if message is None:
            entry = self.spec.codes.get(fault.error_code or "")
            message = str(entry["message"]) if entry else HTTPStatus(status).phrase
        reply = Reply(status, self.error_body(op, fault.error_code, message, plain=True))
        if fault.retry_after is not None:
            reply.headers["Retry-After"] = f"{fault.retry_after:g}"
        return reply

    def refusal(
        self, op: Operation, status: int, code: str | None, detail: str, subject: str = ""
    ) -> Reply:
        return Reply(status, self.error_body(op, code, detail, subject=subject))

    def status_for(self, op: Operation, code: str | None, preferred: tuple[int, ...]) -> int:
        """The first preferred status the operation documents, else the code's own status."""
        for status in preferred:
            if status in op.statuses:
                return status
        entry = self.spec.codes.get(code or "")
        return int(entry["status"]) if entry else preferred[-1]

    def error_body(
        self,
        op: Operation | None,
        code: str | None,
        detail: str,
        plain: bool = False,
        subject: str = "",
    ) -> dict[str, Any]:
        """The reference's error body: the operation's own shape (from its error examples),
        else its service's (`x-mock.error-fields`); the message names what was wrong."""
        roles = self.spec.error_roles
        fields = self.error_fields(op) if op else []
        if not fields:
            fields = [names[0] for names in roles.values() if names]
        entry = self.spec.codes.get(code or "")
        message = detail
        if entry and not plain:  # the reference's message, its %s the item concerned
            message = f"{str(entry['message']).replace('%s', subject or '', 1)} ({detail})"
        body: dict[str, Any] = {}
        for wire in fields:
            if wire in roles.get("code", []) and code:
                body[wire] = code
            elif wire in roles.get("message", []):
                body[wire] = message
        return body

    def error_fields(self, op: Operation) -> list[str]:
        roles = {w for names in self.spec.error_roles.values() for w in names}
        for status, response in sorted(op.node.get("responses", {}).items()):
            if not status.isdigit() or int(status) < 400:
                continue
            for content in (response.get("content") or {}).values():
                for example in (content.get("examples") or {}).values():
                    value = example.get("value") if isinstance(example, dict) else None
                    if isinstance(value, dict) and roles & value.keys():
                        return [k for k in value if k in roles]
        return [str(f) for f in self._service(op).get("error-fields") or []]

    def _service(self, op: Operation) -> dict[str, Any]:
        mock: dict[str, Any] = self.spec.service(op.service).get("x-mock") or {}
        return mock

    # -- auth --------------------------------------------------------------------------------
    def auth_problem(self, call: Call, body: bytes) -> str | None:
        schemes = self.spec.doc.get("components", {}).get("securitySchemes") or {}
        lower = {k.lower(): v for k, v in call.headers.items()}
        for scheme in schemes.values():
            if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
                continue
            value = lower.get(str(scheme.get("name", "")).lower())
            if not value:
                continue
            if "x-signing" not in scheme:
                if self.token is not None and value != self.token:
                    return f"the {scheme['name']} header does not hold the expected token"
                return None
            return self.signature_problem(call, body, str(scheme["name"]), value)
        names = " or ".join(str(s.get("name")) for s in schemes.values())
        return f"the request carries no credentials ({names} header)"

    def signature_problem(self, call: Call, body: bytes, header: str, value: str) -> str | None:
        parts = dict(
            p.strip().split("=", 1) for p in value.split(" ", 1)[-1].split(",") if "=" in p
        )
        ak, signed = parts.get("Access", ""), parts.get("SignedHeaders", "").split(";")
        sk = self.keys.get(ak)
        if sk is None:
            return "the access key of the signature is not known to this mock"
        headers = {k: v for k, v in call.headers.items() if k.lower() in signed}
        again = sign(call.method, "", call.path, call.query, headers, body, ak=ak, sk=sk)
        if again.get(header) != value:
            return "the signature does not match the request"
        return None

    # -- overrides and faults ----------------------------------------------------------------
    def add_override(self, operation: str, responder: Responder, times: int | None) -> None:
        self._known(operation)
        with self.lock:
            self.overrides.setdefault(operation, []).append((responder, [times]))

    def add_fault(self, operation: str | None, fault: Fault) -> None:
        if operation is not None:
            self._known(operation)
        with self.lock:
            self.faults.setdefault(operation or "*", []).append(fault)

    def _known(self, operation: str) -> None:
        if operation not in self.spec.by_id:
            raise KeyError(f"no operation {operation!r} in the spec")

    def _take_override(self, operation: str) -> Responder | None:
        with self.lock:
            for responder, left in self.overrides.get(operation, []):
                if left[0] is None or left[0] > 0:
                    if left[0] is not None:
                        left[0] -= 1
                    return responder
        return None

    def _take_fault(self, operation: str | None) -> Fault | None:
        for key in (operation or "", "*"):
            for fault in self.faults.get(key, []):
                if fault.times is None or fault.times > 0:
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None


def _parsed(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body
