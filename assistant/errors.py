"""`UserFacingError`: the base of every failure a user can cause or fix, as opposed to a bug.

Its `.message` is already in the user's language and says what happened and what to do. The UI shows it as it is
and logs it as info; anything that is not a `UserFacingError` is a bug: logged with its stack trace and reported as
"出现意外错误" with the log's location.
"""

from __future__ import annotations


class UserFacingError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
