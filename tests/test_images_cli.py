"""`medsocial image ...`: exit codes, plain messages, and the original never replaced by accident."""

from __future__ import annotations

import json
import shutil

import pytest
from images_fixtures import identifying

from medsocial.cli import main
from medsocial.images.samples import sample_path

GROSS = sample_path("gross_phone_photo")


def test_inspect_lists_risks_and_exits_1(capsys):
    assert main(["image", "inspect", str(GROSS)]) == 1
    out = capsys.readouterr().out
    assert "GPS position" in out and "PF12-0042-7781" in out and "medsocial image strip" in out


def test_inspect_json(capsys):
    main(["image", "inspect", str(GROSS), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["clean"] is False and "location" in report["groups"]


def test_strip_then_inspect_is_clean(tmp_path, capsys):
    dst = tmp_path / "clean.jpg"
    assert main(["image", "strip", str(GROSS), str(dst)]) == 0
    assert "lossless" in capsys.readouterr().out
    assert main(["image", "inspect", str(dst)]) == 0
    assert identifying(dst) == {}


def test_strip_refuses_the_source_and_existing_files(tmp_path, capsys):
    src = tmp_path / "photo.jpg"
    shutil.copy(GROSS, src)
    assert main(["image", "strip", str(src), str(src)]) == 1
    assert "original" in capsys.readouterr().err
    assert src.read_bytes() == GROSS.read_bytes()
    assert main(["image", "strip", str(src), str(src), "--in-place"]) == 0
    assert identifying(src) == {}


def test_redact_and_bad_box_usage(tmp_path, capsys):
    dst = tmp_path / "red.png"
    assert (
        main(
            ["image", "redact", str(GROSS), str(dst), "--box", "0,0,50,50", "--box", "60,60,90,90"]
        )
        == 0
    )
    assert "covered 0,0,50,50; 60,60,90,90" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["image", "redact", str(GROSS), str(tmp_path / "x.png"), "--box", "1,2,three,4"])
    assert exc.value.code == 2
    assert (
        main(
            ["image", "redact", str(GROSS), str(tmp_path / "y.png"), "--box", "5000,5000,5100,5100"]
        )
        == 1
    )
    assert "outside the picture" in capsys.readouterr().err


def test_scan_shows_proposed_boxes(capsys):
    assert main(["image", "scan", str(sample_path("slide_label"))]) == 1
    out = capsys.readouterr().out
    assert "--box" in out and "S21-12345" in out


def test_damaged_file_is_a_plain_error(tmp_path, capsys):
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"")
    assert main(["image", "inspect", str(bad)]) == 1
    assert "empty" in capsys.readouterr().err
