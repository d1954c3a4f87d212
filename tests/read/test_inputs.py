"""The one inputs module: files, folders, .zip members (names decoded right, limits kept, the
archive opened once) and standard input."""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from files_helpers import zip_bytes, zip_with_tool
from plan_extract.core.errors import InputError
from plan_extract.read.inputs import (
    Archive,
    ArchiveError,
    BrokenInput,
    FileInput,
    MemberInput,
    StdinInput,
    ZipBombError,
    ZipLimits,
    find_inputs,
    is_hidden,
    member_name,
)
from plan_extract.read.options import MIB, TooLargeError

ROOT = Path(__file__).resolve().parents[2]
DOCX = ROOT / "corpus/plans/rendered/001_d694d18c5a7d837d.docx"
PLAN = "Kế hoạch bình đẳng giới năm 2026.\n".encode()


def test_folders_are_walked_in_order_for_plan_files_skipping_hidden_ones(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a/plan.docx",
        "a.md",
        "notes.png",
        ".hidden.txt",
        ".git/config.txt",
        "__MACOSX/._b.txt",
        "~$plan.docx",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(PLAN)
    found = [item.name for item in find_inputs([tmp_path])]
    assert found == [str(tmp_path / name) for name in ("a/plan.docx", "a.md", "b.txt")]
    pictures = [item.name for item in find_inputs([tmp_path], suffixes=(".png",))]
    assert pictures == [str(tmp_path / "notes.png")]


def test_named_files_are_kept_as_named_even_when_missing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    [item] = find_inputs([missing])
    assert isinstance(item, FileInput)
    with pytest.raises(InputError, match="no such file"):
        item.read()
    with pytest.raises(InputError, match="directory"):
        FileInput(tmp_path).read()
    (tmp_path / "big.txt").write_bytes(b"x" * (MIB + 1))
    with pytest.raises(TooLargeError, match="the limit is 1 MiB"):
        FileInput(tmp_path / "big.txt").read(MIB)


def test_zip_members_are_inputs_named_after_the_archive(tmp_path: Path) -> None:
    archive = tmp_path / "batch.zip"
    archive.write_bytes(
        zip_bytes({"plans/b.txt": PLAN, "plans/a.md": PLAN, "photo.jpg": b"\xff\xd8", "x/": b""})
    )
    items = find_inputs([archive])
    assert [item.name for item in items] == [f"{archive}!plans/a.md", f"{archive}!plans/b.txt"]
    assert [item.short_name for item in items] == ["batch.zip!plans/a.md", "batch.zip!plans/b.txt"]
    assert items[0].flat_name == "batch.zip!plans!a.md"
    assert [item.read() for item in items] == [PLAN, PLAN]
    every = Archive("batch.zip", archive.read_bytes()).members()
    assert [item.member for item in every] == ["photo.jpg", "plans/a.md", "plans/b.txt"]


def test_folders_hold_archives_and_a_word_document_called_zip_is_a_document(
    tmp_path: Path,
) -> None:
    (tmp_path / "batch.zip").write_bytes(zip_bytes({"a.txt": PLAN}))
    (tmp_path / "plan.zip").write_bytes(DOCX.read_bytes())
    items = find_inputs([tmp_path])
    assert [type(item) for item in items] == [MemberInput, FileInput]
    assert items[1].read() == DOCX.read_bytes()


def test_a_zip_made_by_the_zip_tool_keeps_its_vietnamese_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "xã Vĩnh Phong").mkdir(parents=True)
    (folder / "xã Vĩnh Phong" / "Kế hoạch bình đẳng giới.txt").write_bytes(PLAN)
    archive = zip_with_tool(folder, tmp_path / "kế hoạch.zip")
    with zipfile.ZipFile(archive) as opened:
        [info] = [i for i in opened.infolist() if not i.is_dir()]
    assert not info.flag_bits & 0x800  # no UTF-8 flag: zipfile alone reads it as code page 437
    assert info.filename != "xã Vĩnh Phong/Kế hoạch bình đẳng giới.txt"
    [item] = find_inputs([archive])
    assert item.name == f"{archive}!xã Vĩnh Phong/Kế hoạch bình đẳng giới.txt"
    assert item.read() == PLAN


class _StoredName(zipfile.ZipInfo):
    """A member whose name is written as the given bytes, without the UTF-8 flag (as Windows
    archivers write names in the local code page)."""

    def __init__(self, stored: bytes, extra: bytes = b"") -> None:
        super().__init__(stored.decode("cp437"))
        self.extra = extra

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 (zipfile's own name)
        return self.filename.encode("cp437"), self.flag_bits


def _one_member(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, PLAN)
    with zipfile.ZipFile(buffer) as archive:
        return archive.infolist()[0]


def test_member_names_with_the_flag_with_a_unicode_path_field_or_in_code_page_437() -> None:
    flagged = zip_bytes({"xã/Kế hoạch.txt": PLAN})
    assert [m.member for m in Archive("a.zip", flagged).members()] == ["xã/Kế hoạch.txt"]
    stored = "Ke hoach \u00e9.txt".encode("cp437")  # a name in the local code page
    field = b"\x01" + struct.pack("<L", zlib.crc32(stored)) + "Kế hoạch.txt".encode()
    extra = struct.pack("<HH", 0x7075, len(field)) + field
    assert member_name(_one_member(_StoredName(stored, extra))) == "Kế hoạch.txt"
    stale = extra.replace(struct.pack("<L", zlib.crc32(stored)), b"\0\0\0\0")
    assert member_name(_one_member(_StoredName(stored, stale))) == "Ke hoach \u00e9.txt"
    assert member_name(_one_member(_StoredName(stored))) == "Ke hoach \u00e9.txt"


def test_zip_bombs_and_members_over_the_limit_are_refused_alone(tmp_path: Path) -> None:
    archive = tmp_path / "batch.zip"
    archive.write_bytes(
        zip_bytes({"bomb.txt": b"\0" * (20 * MIB), "big.txt": os.urandom(2 * MIB), "a.txt": PLAN})
    )
    items = {Path(item.name).name: item for item in find_inputs([archive])}
    with pytest.raises(ZipBombError, match="zip bomb"):
        items["batch.zip!bomb.txt"].read()
    with pytest.raises(TooLargeError):
        items["batch.zip!big.txt"].read(MIB)
    assert items["batch.zip!a.txt"].read() == PLAN


def test_a_member_that_lies_about_its_size_is_bounded_by_what_it_declares() -> None:
    data = bytearray(zip_bytes({"a.txt": b"y" * (4 * MIB)}))
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = struct.pack("<L", 1000)  # declares 1,000 bytes
    [member] = Archive("a.zip", bytes(data)).members()
    assert member.info.file_size == 1000
    with pytest.raises(InputError, match="damaged member"):  # its checksum fails at 1,000 bytes
        member.read()


def test_archives_refused_whole_are_reported_as_one_input(tmp_path: Path) -> None:
    (tmp_path / "many.zip").write_bytes(zip_bytes({f"{i}.txt": PLAN for i in range(5)}))
    (tmp_path / "damaged.zip").write_bytes(b"PK\x03\x04 damaged")
    items = find_inputs([tmp_path / "many.zip", tmp_path / "damaged.zip"], limits=ZipLimits(4))
    assert [type(item) for item in items] == [BrokenInput, BrokenInput]
    with pytest.raises(ArchiveError, match="holds 5 files; the limit is 4"):
        items[0].read()
    with pytest.raises(ArchiveError, match="damaged"):
        items[1].read()
    too_large = Archive(
        "a.zip", zip_bytes({"a": b"a" * MIB, "b": b"b"}), ZipLimits(max_total_bytes=MIB)
    )
    with pytest.raises(ArchiveError, match="more than 1 MiB"):
        too_large.members()


def test_an_encrypted_member_is_a_one_line_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(PLAN)
    [item] = find_inputs([zip_with_tool(folder, tmp_path / "secret.zip", "-P", "secret")])
    with pytest.raises(InputError, match="encrypted"):
        item.read()


def test_each_archive_is_opened_once_for_its_listing_and_once_for_its_members(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(3):
        members = {f"{n}.txt": PLAN for n in range(50)}
        (tmp_path / f"{index}.zip").write_bytes(zip_bytes(members))
    opened: list[object] = []
    original = zipfile.ZipFile.__init__

    def counting(self: zipfile.ZipFile, file: object, *args: object, **kwargs: object) -> None:
        opened.append(file)
        original(self, file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting)
    items = find_inputs([tmp_path])
    assert len(items) == 150
    assert all(item.read() == PLAN for item in items)
    assert len(opened) <= 2 * 3


def test_standard_input_is_one_input_with_its_declared_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PLAN)))
    [item] = find_inputs([Path("-")], stdin_format="md")
    assert isinstance(item, StdinInput)
    assert (item.name, item.declared, item.flat_name) == ("<stdin>", "md", "stdin")
    assert item.read() == PLAN


@pytest.mark.parametrize(
    ("member", "flat"),
    [
        ("../../etc/passwd.txt", "a.zip!..!..!etc!passwd.txt"),
        ("dir\\plan.txt", "a.zip!dir!plan.txt"),
        ("line\nbreak.txt", "a.zip!line_break.txt"),
    ],
)
def test_flat_names_are_safe_file_names(member: str, flat: str) -> None:
    [item] = Archive("a.zip", zip_bytes({member: PLAN})).members()
    assert item.flat_name == flat


def test_long_flat_names_are_cut_to_fit_a_file_system_and_stay_distinct() -> None:
    long = "Kế hoạch " * 40
    members = Archive("a.zip", zip_bytes({f"{long}1.txt": PLAN, f"{long}2.txt": PLAN})).members()
    flats = [item.flat_name for item in members]
    assert all(len(f"{flat}.json".encode()) <= 255 for flat in flats)
    assert flats[0] != flats[1]


@pytest.mark.parametrize(
    ("path", "hidden"),
    [
        ("__MACOSX/._plan.docx", True),
        ("plans/.DS_Store", True),
        ("plans/~$plan.docx", True),
        ("plans/plan.docx", False),
        ("Kế hoạch/~plan.docx", False),
        ("../plan.docx", False),
    ],
)
def test_what_archivers_and_editors_leave_is_hidden(path: str, hidden: bool) -> None:
    assert is_hidden(path) is hidden


def test_a_url_folder_is_walked_in_order_and_its_files_read_through_fsspec() -> None:
    import fsspec

    from plan_extract.read.inputs import UrlInput

    memory = fsspec.filesystem("memory")
    root = "/inputs-walk"
    for name, data in [("b/plan.docx", b"B"), ("a.txt", b"A"), (".hidden/x.txt", b"H"),
                       ("notes.xyz", b"N"), ("~$lock.docx", b"L")]:  # fmt: skip
        memory.pipe(f"{root}/{name}", data)
    try:
        found = find_inputs([f"memory://{root}", f"memory://{root}/missing.txt"])
        assert found == [
            UrlInput(f"memory://{root}/a.txt"),
            UrlInput(f"memory://{root}/b/plan.docx"),
            UrlInput(f"memory://{root}/missing.txt"),
        ]
        assert [item.location for item in found[:2]] == [item.name for item in found[:2]]
        assert [item.read() for item in found[:2]] == [b"A", b"B"]
        with pytest.raises(InputError, match=r"^no such file$"):
            found[2].read()
        with pytest.raises(InputError, match="too large"):
            found[0].read(max_bytes=0)
        with pytest.raises(InputError, match=r"^cannot be read: Protocol not known: nosuch$"):
            find_inputs(["nosuch://bucket/plan.txt"])[0].read()
    finally:
        memory.rm(root, recursive=True)


def test_a_file_on_disk_has_its_absolute_path_for_location_and_a_member_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.txt").write_text("x", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "batch.zip", "w") as archive:
        archive.writestr("inner.txt", "y")
    found = find_inputs([Path("plan.txt"), Path("batch.zip")])
    assert [item.location for item in found] == [str(tmp_path / "plan.txt"), None]
