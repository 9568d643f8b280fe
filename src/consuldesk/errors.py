"""The ConsulDesk exception tree and its stable error codes.

    ConsulDeskError (CD-E1000)
    ├── NotFound (CD-E1404)
    ├── PermissionDenied (CD-E1403)
    ├── NotAuthenticated (CD-E1401)
    ├── InvalidInput (CD-E1422)
    │   └── InvalidTransition (CD-E1423)
    └── Conflict (CD-E1409)

API responses render these as application/problem+json with `code`; the console shows `detail`.
"""

from __future__ import annotations


class ConsulDeskError(Exception):
    code = "CD-E1000"
    status = 500
    title = "Internal error"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(ConsulDeskError):
    code = "CD-E1404"
    status = 404
    title = "Not found"


class PermissionDenied(ConsulDeskError):
    code = "CD-E1403"
    status = 403
    title = "Permission denied"


class NotAuthenticated(ConsulDeskError):
    code = "CD-E1401"
    status = 401
    title = "Not authenticated"


class InvalidInput(ConsulDeskError):
    code = "CD-E1422"
    status = 422
    title = "Invalid input"


class InvalidTransition(InvalidInput):
    code = "CD-E1423"
    title = "Invalid state change"


class Conflict(ConsulDeskError):
    code = "CD-E1409"
    status = 409
    title = "Conflict"
