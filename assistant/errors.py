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


class SessionEnded(UserFacingError):
    """The user signed out (or the window closed) while a worker still did something for that session: its
    connection or its database is closed, so the work stops there. Not an Offline: the cached copy went with the
    session. An outbox entry caught by it stays 发送中 and goes again, with its key, after the next sign-in."""

    def __init__(self) -> None:
        from assistant.i18n import translate

        super().__init__(translate("errors", "已退出登录，这项操作没有完成。已保存的数据不会丢失。"))
