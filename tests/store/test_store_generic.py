"""The generic store: drafts of any kind with files by material slot, queued submissions that carry their files, and
attachments checked by size and content before they are accepted."""

from __future__ import annotations

import io
import os
import sqlite3
import threading
import zipfile

import pytest

from assistant.errors import UserFacingError
from assistant.store import attachments as attachments_module
from assistant.store.attachments import MAX_BYTES, Attachment, Attachments, TooLarge, Unreadable, WrongType
from assistant.store.db import Database
from assistant.store.drafts import Drafts
from assistant.store.outbox import Outbox
from tests.support.files import ofd_bytes, pdf_bytes, png_bytes

USCC = "91410711MA45KX3R23"
PDF = pdf_bytes()  # once: reportlab stamps each PDF with the time, and these tests compare bytes
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "l.sqlite3")
    yield database
    database.close()


@pytest.fixture
def store(db, tmp_path):
    return Attachments(db, tmp_path / "attachments")


@pytest.fixture
def drafts(db):
    return Drafts(db, "https://p", "hengda")


def file(tmp_path, name: str, content: bytes):
    path = tmp_path / "picked" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def blobs(store: Attachments) -> list[str]:
    """Everything in the attachments folder, temporary files included."""
    return sorted(p.name for p in store.folder.rglob("*") if p.is_file()) if store.folder.exists() else []


def link_count(db: Database, draft_id: str) -> int:
    with db.read() as conn:
        return conn.execute("SELECT COUNT(*) FROM draft_attachments WHERE draft_id = ?", (draft_id,)).fetchone()[0]


# -- drafts -----------------------------------------------------------------------------------------------------------
def test_create_save_get_list(drafts):
    letter = drafts.create("commitment", USCC, {"fields": {"contact_name": "王芳"}})
    repair = drafts.create("repair", USCC, {"record_id": "r-1"})
    assert drafts.get(letter.id) == letter and letter.kind == "commitment"
    letter.payload["fields"]["contact_name"] = "李雷"
    saved_at = drafts.save(letter)
    assert saved_at == letter.updated_at > letter.created_at
    assert drafts.get(letter.id).payload == {"fields": {"contact_name": "李雷"}}
    assert [d.id for d in drafts.list(USCC)] == [letter.id, repair.id]  # newest edit first
    assert [d.id for d in drafts.list(USCC, kind="repair")] == [repair.id]
    assert drafts.list("91410700000000000X") == []


def test_drafts_are_scoped_to_platform_and_user(db, drafts, store, tmp_path):
    mine = drafts.create("commitment", USCC, {})
    for stranger in (Drafts(db, "https://p", "other"), Drafts(db, "https://q", "hengda")):
        assert stranger.get(mine.id) is None and stranger.list(USCC) == []
        with pytest.raises(KeyError):
            stranger.attach(mine.id, "penalty_decision", store.add(file(tmp_path, "a.pdf", pdf_bytes())))
        with pytest.raises(KeyError):
            stranger.duplicate(mine.id)
        stranger.delete(mine.id)
        assert stranger.attachments(mine.id) == {}
    assert drafts.get(mine.id) is not None


def test_a_payload_that_is_not_json_is_refused_before_writing(drafts):
    with pytest.raises(TypeError):
        drafts.create("commitment", USCC, {"when": object()})
    assert drafts.list(USCC) == []


def test_saving_a_deleted_draft_does_nothing(drafts):
    draft = drafts.create("commitment", USCC, {})
    drafts.delete(draft.id)
    drafts.save(draft)  # an autosave timer firing after 删除
    assert drafts.get(draft.id) is None


# -- files by slot ----------------------------------------------------------------------------------------------------
def test_attach_detach_and_list_by_slot(db, drafts, store, tmp_path):
    draft = drafts.create("repair", USCC, {})
    decision = store.add(file(tmp_path, "行政处罚决定书.pdf", pdf_bytes("decision")))
    page2 = store.add(file(tmp_path, "决定书第二页.png", png_bytes()))
    receipt = store.add(file(tmp_path, "罚款缴纳凭证.jpg", JPEG))
    before = drafts.get(draft.id).updated_at
    drafts.attach(draft.id, "penalty_decision", decision)
    drafts.attach(draft.id, "penalty_decision", page2)
    drafts.attach(draft.id, "fine_receipt", receipt)
    drafts.attach(draft.id, "penalty_decision", decision)  # the same file twice in one slot is kept once
    assert drafts.get(draft.id).updated_at > before  # attaching is an edit
    slots = drafts.attachments(draft.id)
    assert list(slots) == ["fine_receipt", "penalty_decision"]
    assert [a.name for a in slots["penalty_decision"]] == ["行政处罚决定书.pdf", "决定书第二页.png"]  # attach order
    assert slots["penalty_decision"][0] == decision
    assert slots["fine_receipt"] == [Attachment(receipt.sha256, "罚款缴纳凭证.jpg", receipt.size, "image/jpeg")]

    drafts.detach(draft.id, "penalty_decision", decision.sha256)
    assert [a.name for a in drafts.attachments(draft.id)["penalty_decision"]] == ["决定书第二页.png"]
    drafts.detach(draft.id, "fine_receipt", receipt.sha256)
    assert "fine_receipt" not in drafts.attachments(draft.id)  # an empty slot is absent
    drafts.attach(draft.id, "penalty_decision", decision)  # back at the end of its slot
    assert [a.name for a in drafts.attachments(draft.id)["penalty_decision"]] == ["决定书第二页.png", "行政处罚决定书.pdf"]
    with pytest.raises(KeyError):
        drafts.attach("no-such-draft", "penalty_decision", decision)


def test_one_file_in_two_slots_and_under_two_names(drafts, store, tmp_path):
    draft = drafts.create("repair", USCC, {})
    scan = store.add(file(tmp_path, "扫描件.pdf", PDF))
    again = store.add(file(tmp_path, "收据.pdf", PDF))  # same bytes, another name
    assert again.sha256 == scan.sha256
    drafts.attach(draft.id, "penalty_decision", scan)
    drafts.attach(draft.id, "fine_receipt", again)
    slots = drafts.attachments(draft.id)
    assert slots["penalty_decision"][0].name == "扫描件.pdf" and slots["fine_receipt"][0].name == "收据.pdf"


def test_duplicate_copies_payload_and_slots(db, drafts, store, tmp_path):
    original = drafts.create("repair", USCC, {"reason": {"text": "已整改"}, "items": [1, 2]})
    decision = store.add(file(tmp_path, "决定书.pdf", pdf_bytes()))
    receipt = store.add(file(tmp_path, "凭证.png", png_bytes()))
    drafts.attach(original.id, "penalty_decision", decision)
    drafts.attach(original.id, "fine_receipt", receipt)
    copy = drafts.duplicate(original.id)
    assert copy.id != original.id and copy.kind == "repair" and copy.uscc == USCC
    assert copy.payload == {"reason": {"text": "已整改"}, "items": [1, 2]}
    assert drafts.attachments(copy.id) == drafts.attachments(original.id)
    copy.payload["reason"]["text"] = "改过"  # the copy is independent
    drafts.save(copy)
    drafts.detach(copy.id, "fine_receipt", receipt.sha256)
    assert drafts.get(original.id).payload["reason"]["text"] == "已整改"
    assert set(drafts.attachments(original.id)) == {"penalty_decision", "fine_receipt"}
    with pytest.raises(KeyError):
        drafts.duplicate("no-such-draft")


def test_delete_removes_the_links_but_not_the_files(db, drafts, store, tmp_path):
    draft = drafts.create("repair", USCC, {})
    decision = store.add(file(tmp_path, "决定书.pdf", PDF))
    drafts.attach(draft.id, "penalty_decision", decision)
    other = drafts.duplicate(draft.id)
    drafts.delete(draft.id)
    assert drafts.get(draft.id) is None and link_count(db, draft.id) == 0
    assert drafts.attachments(other.id)["penalty_decision"] == [decision]  # another draft still uses the file
    assert store.get(decision.sha256) == decision and store.read(decision) == PDF


def test_links_cascade_with_the_draft_row(db, drafts, store, tmp_path):
    draft = drafts.create("repair", USCC, {})
    drafts.attach(draft.id, "fine_receipt", store.add(file(tmp_path, "凭证.png", png_bytes())))
    with db.write() as conn:
        conn.execute("DELETE FROM drafts WHERE id = ?", (draft.id,))  # ON DELETE CASCADE
    assert link_count(db, draft.id) == 0


def test_a_queued_submission_keeps_its_files(db, drafts, store, tmp_path):
    """Files are snapshotted into the entry when it is queued: what is sent is what was submitted."""
    outbox = Outbox(db, "https://p", "hengda")
    draft = drafts.create("repair", USCC, {})
    decision = store.add(file(tmp_path, "决定书.pdf", pdf_bytes()))
    receipt = store.add(file(tmp_path, "凭证.ofd", ofd_bytes()))
    drafts.attach(draft.id, "penalty_decision", decision)
    drafts.attach(draft.id, "fine_receipt", receipt)
    entry = outbox.enqueue(draft.id, "repair", USCC, {"record_id": "r-1"})
    assert entry.kind == "repair" and entry.body == {"record_id": "r-1"}
    assert entry.files == {"penalty_decision": [decision], "fine_receipt": [receipt]}
    drafts.detach(draft.id, "fine_receipt", receipt.sha256)
    drafts.delete(draft.id)
    kept = outbox.get(entry.id)
    assert kept.files == entry.files and store.read(kept.files["fine_receipt"][0]) == ofd_bytes()
    assert [e.id for e in outbox.entries(USCC, kind="repair")] == [entry.id] and outbox.entries(kind="commitment") == []


# -- attachments: size and type before acceptance ---------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content", "mime"), [
    ("承诺材料.pdf", pdf_bytes(), "application/pdf"),
    ("照片.png", png_bytes(), "image/png"),
    ("照片.jpg", JPEG, "image/jpeg"),
    ("电子发票.ofd", ofd_bytes(), "application/ofd"),
    ("名字不对.dat", pdf_bytes(), "application/pdf"),  # the content decides, not the name
])
def test_accepted_types(store, tmp_path, name, content, mime):
    source = file(tmp_path, name, content)
    added = store.add(source)
    assert added.mime == mime and added.name == name and added.size == len(content)
    source.unlink()  # moving or deleting the original breaks nothing
    assert store.read(added) == content and store.path(added).read_bytes() == content
    with store.open(added) as handle:
        assert handle.read() == content
    assert store.get(added.sha256) == added
    assert blobs(store) == [added.sha256]  # no temporary file left behind


def zip_without_root() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Doc_0/Document.xml", "<ofd:Document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "content"), [
    ("承诺材料.pdf", "这其实是一个文本文件".encode()),
    ("空文件.pdf", b""),
    ("伪装.ofd", zip_without_root()),
    ("表格.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),  # an image, but not one the platform accepts
])
def test_wrong_types_are_refused_and_leave_nothing(db, store, tmp_path, name, content):
    with pytest.raises(WrongType) as caught:
        store.add(file(tmp_path, name, content))
    assert isinstance(caught.value, UserFacingError)
    assert caught.value.message == f"“{name}”不是 PDF、JPG、PNG 或 OFD 文件（按文件内容判断）。"
    assert blobs(store) == []
    with db.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 0


def test_any_type_skips_the_content_check(store, tmp_path):
    added = store.add(file(tmp_path, "说明.txt", "纯文本".encode()), any_type=True)
    assert added.mime is None and store.read(added) == "纯文本".encode()


def test_an_oversized_file_is_refused_without_being_copied(db, store, tmp_path, monkeypatch):
    huge = tmp_path / "扫描件.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(11 * 1024 * 1024)  # sparse: 11 MB on paper, nothing much on disk

    def no_copy(*args, **kwargs):
        raise AssertionError("an oversized file must be refused before it is copied")

    monkeypatch.setattr(attachments_module.tempfile, "mkstemp", no_copy)
    with pytest.raises(TooLarge) as caught:
        store.add(huge)
    assert isinstance(caught.value, UserFacingError) and caught.value.size == 11 * 1024 * 1024
    assert caught.value.message == "文件“扫描件.pdf”有11.0MB，超过 10MB 上限，请压缩或拆分后再选择。"
    assert blobs(store) == []


def test_exactly_the_cap_is_accepted(store, tmp_path):
    path = tmp_path / "刚好.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_BYTES)
    assert store.add(path).size == MAX_BYTES


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_a_file_that_grows_past_the_cap_while_copying_is_refused(store, tmp_path):
    """stat() said small (a pipe says 0); the copy counts the bytes and stops at the cap."""
    pipe = tmp_path / "增长中.pdf"
    os.mkfifo(pipe)

    def writer() -> None:
        try:
            with pipe.open("wb") as out:
                out.write(b"%PDF-1.4\n")
                for _ in range(11):
                    out.write(b"\0" * (1024 * 1024))
        except BrokenPipeError:
            pass  # the reader stopped at the cap, as it should

    thread = threading.Thread(target=writer)
    thread.start()
    with pytest.raises(TooLarge):
        store.add(pipe)
    thread.join(10)
    assert blobs(store) == []


def test_a_missing_file_is_unreadable(store, tmp_path):
    with pytest.raises(Unreadable) as caught:
        store.add(tmp_path / "已拔出的U盘.pdf")
    assert isinstance(caught.value, UserFacingError) and "已拔出的U盘.pdf" in caught.value.message


def test_get_unknown_and_a_legacy_row(db, store):
    assert store.get("0" * 64) is None
    with db.write() as conn:  # stored before v5 checked types
        conn.execute("INSERT INTO attachments (sha256, name, size, stored_at) VALUES (?, '旧.pdf', 3, '2026-01-01')",
                     ("a" * 64,))
    assert store.get("a" * 64) == Attachment("a" * 64, "旧.pdf", 3, None)


def test_the_attachments_table_keeps_its_foreign_keys(db, drafts):
    draft = drafts.create("repair", USCC, {})
    with pytest.raises(sqlite3.IntegrityError):  # a link to a file that was never stored
        drafts.attach(draft.id, "fine_receipt", Attachment("b" * 64, "x.pdf", 1, "application/pdf"))


def test_a_worker_using_a_closed_database_is_told_plainly(tmp_path):
    """A page's load still reading when the user signs out: a sentence, not sqlite's ProgrammingError (a bug report)."""
    from assistant.errors import SessionEnded

    db = Database(tmp_path / "user.sqlite3")
    db.close()
    for use in (db.read, db.write):
        with pytest.raises(SessionEnded) as caught, use():
            pass
        assert isinstance(caught.value, UserFacingError) and "已退出登录" in caught.value.message
