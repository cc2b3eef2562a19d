"""find_text (real Tesseract), find_faces (the shipped cascade) and scan on the course pictures."""

from __future__ import annotations

from medsocial.images import find_faces, find_text, scan
from medsocial.images.samples import sample_path


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_ocr_reads_the_invented_name_birth_date_and_number_on_the_slide_label():
    lines = find_text(sample_path("slide_label"))
    texts = [line.text for line in lines]
    assert "DUPONT Jeanne" in texts and "S21-12345" in texts and "12/03/1961" in texts
    label = (45, 55, 415, 245)
    assert all(_overlap(line.box, label) for line in lines)


def test_ocr_reads_the_cassette_number():
    assert "H2023-1187" in [line.text for line in find_text(sample_path("cassette"))]


def test_face_found_on_the_clinical_photo_and_only_there():
    faces = find_faces(sample_path("clinical_face"))
    assert len(faces) == 1 and _overlap(faces[0], (225, 100, 415, 360))
    for name in ("slide_label", "gross_phone_photo", "cassette"):
        assert find_faces(sample_path(name)) == [], name


def test_scan_proposes_boxes_over_each_identifier_of_the_label():
    result = scan(sample_path("slide_label"))
    reasons = " ".join(p.reason for p in result.proposals)
    assert "DUPONT Jeanne" in reasons and "S21-12345" in reasons and "12/03/1961" in reasons
    name_line = next(t for t in result.text if t.text == "DUPONT Jeanne")
    assert any(
        p.box[0] <= name_line.box[0] and p.box[2] >= name_line.box[2] for p in result.proposals
    )


def test_scan_proposes_the_face_with_a_margin():
    result = scan(sample_path("clinical_face"))
    (face,) = result.faces
    covered = [p.box for p in result.proposals if "face" in p.reason]
    assert covered and covered[0][0] < face[0] and covered[0][2] > face[2]
