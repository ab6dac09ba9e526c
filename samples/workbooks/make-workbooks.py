#!/usr/bin/python3
"""Writes samples/workbooks/*.xlsx: each JSON sample of samples/documents, filled into the blank
template of its kind (ahx1x template KIND) by openpyxl, as another program would fill it.

Dates go in as real date cells, yes/no as 是/否, enumerations by their Chinese names, lists joined
with 、, so the workbooks exercise what staff type. Every member of every record must land in a
column: a member the sheet cannot hold stops the script instead of being dropped.

Run from the repository root, after building:  /usr/bin/python3 samples/workbooks/make-workbooks.py
(needs python3-openpyxl; the tests read the committed files and need neither).
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.environ.get("AHX1X", os.path.join(ROOT, "src/Ahx1X.Demo/bin/Debug/net10.0/ahx1x"))

ZH = {
    "appliedUndergraduate": "应用型本科高校", "higherVocational": "高等职业院校", "secondaryVocational": "中职学校",
    "provincialSecondarySpecialised": "省属中专学校", "cityBureau": "市级教育行政部门",
    "junior": "初级", "intermediate": "中级", "senior": "高级", "spring": "春季", "autumn": "秋季",
}
ENUMS = {"kind", "senderKind", "level", "season"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# The samples each workbook is made from; summary-reconciled.json carries applications inside a
# summaryTables document, which a sheet of one kind does not hold.
SAMPLES = [
    "applications-accepted", "applications-indeterminate", "applications-rejected", "applications-second-reading",
    "applications-warned", "city-reviews", "city-reviews-own-city", "provincial-reviews", "summary-routing",
    "summary-rows", "summary-tables", "adjustments", "adjustments-certificate", "monthly-reports",
    "monthly-reports-not-known", "monthly-progress",
]

# Per kind: the record array, the item list a row adds to (or None), and whether a record spans rows.
KINDS = {
    "applications": ("institutions", "applications", False),
    "cityReviews": ("reviews", None, False),
    "provincialReviews": ("reviews", None, False),
    "summaryTables": ("mails", "rows", True),
    "adjustments": ("adjustments", None, False),
    "monthlyReports": ("checks", "approvals", True),
    "monthlyProgress": ("reports", "certificates", True),
}

# English header -> (part, JSON path); the part is "record" or "item".
COLUMNS = {
    "applications": {
        "id": ("item", "id"), "institution": ("record", "name"), "year": ("item", "year"), "certificate": ("item", "certificate"),
        "level": ("item", "level"), "candidates": ("item", "candidates"), "season": ("item", "season"),
        "assessed majors": ("item", "assessedMajors"), "submitted at": ("item", "submittedAt"),
        "justification present": ("item", "justificationPresent"), "form present": ("item", "formPresent"),
        "institution kind": ("record", "kind"), "city": ("record", "city"), "registered": ("record", "registered"),
        "registered on": ("record", "registeredOn"), "majors offered": ("record", "majorsOffered"),
        "office meeting approved on": ("record", "officeMeetingApprovedOn"),
        "standards in training plan": ("record", "standardsInTrainingPlan"), "funding budgeted": ("record", "fundingBudgeted"),
    },
}
REVIEW = {
    "id": ("record", "id"), "institution": ("record", "institution.name"), "institution kind": ("record", "institution.kind"),
    "city": ("record", "institution.city"), "year": ("record", "application.year"), "certificate": ("record", "application.certificate"),
    "level": ("record", "application.level"), "season": ("record", "application.season"),
}
COLUMNS["cityReviews"] = {**REVIEW, "reviewer city": ("record", "reviewerCity"), "reviewed at": ("record", "reviewedAt")}
COLUMNS["provincialReviews"] = {**REVIEW, "reviewed at": ("record", "reviewedAt"),
                                "city reviewed at": ("record", "cityReview.reviewedAt"), "city review passed": ("record", "cityReview.passed")}
COLUMNS["summaryTables"] = {
    "id": ("record", "id"), "year": ("record", "year"), "season": ("record", "season"), "sender": ("record", "senderName"),
    "sender kind": ("record", "senderKind"), "sender city": ("record", "senderCity"), "sent at": ("record", "sentAt"),
    "sealed": ("record", "sealed"), "recipient mailbox": ("record", "recipient.mailbox"),
    "recipient city bureau": ("record", "recipient.cityBureau"), "subject": ("record", "subject"),
    "row institution": ("item", "institution"), "row certificate": ("item", "certificate"), "row level": ("item", "level"),
    "row candidates": ("item", "candidates"),
}
PLAN = lambda member, en: {f"{en} certificate": ("record", f"{member}.certificate"), f"{en} level": ("record", f"{member}.level"),
                          f"{en} assessed majors": ("record", f"{member}.assessedMajors"), f"{en} candidates": ("record", f"{member}.candidates")}
COLUMNS["adjustments"] = {
    "id": ("record", "id"), "year": ("record", "year"), "institution": ("record", "institution.name"),
    "institution kind": ("record", "institution.kind"), **PLAN("approved", "approved"), **PLAN("requested", "requested"),
    "pilot department agreed": ("record", "increase.pilotDepartmentAgreed"), "school leader agreed": ("record", "increase.schoolLeaderAgreed"),
    "increase form present": ("record", "increase.formPresent"), "increase sealed": ("record", "increase.sealed"),
    "increase recipient": ("record", "increase.recipient"), "increase subject": ("record", "increase.subject"),
}
COLUMNS["monthlyReports"] = {
    "id": ("record", "id"), "year": ("record", "year"), "institution": ("record", "institution.name"),
    "institution kind": ("record", "institution.kind"), "city": ("record", "institution.city"), "as of": ("record", "asOf"),
    "reported": ("record", "reported"), "certificate": ("item", "certificate"), "approved on": ("item", "approvedOn"),
}
COLUMNS["monthlyProgress"] = {
    "id": ("record", "id"), "year": ("record", "year"), "institution": ("record", "institution.name"),
    "institution kind": ("record", "institution.kind"), "city": ("record", "institution.city"), "month": ("record", "month"), "certificate": ("item", "certificate"), "approved on": ("item", "approvedOn"),
    "approved": ("item", "approved"), "examined": ("item", "examined"), "certified": ("item", "certified"),
}


def get(obj, path):
    for segment in path.split("."):
        if segment == "mailbox" and isinstance(obj, str) and path.startswith("recipient."):
            return obj
        if not isinstance(obj, dict):
            return None
        obj = obj.get(segment)
    return obj


def leaves(obj, prefix=""):
    """Every member path of a record, so that none is dropped unseen."""
    for key, value in obj.items():
        path = prefix + key
        if key == "recipient" and isinstance(value, str) and not prefix:
            yield path + ".mailbox"
        elif isinstance(value, dict):
            yield from leaves(value, path + ".")
        else:
            yield path


def cell(path, value):
    name = path.split(".")[-1]
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(value) if value else "无"
    if name in ENUMS:
        return ZH[value]
    if isinstance(value, str) and DATE.match(value):
        return datetime.date.fromisoformat(value)
    return value


def rows_of(kind, document):
    records, items, grouped = KINDS[kind]
    columns = COLUMNS[kind]
    covered = {p for part, p in columns.values() if part == "record"}
    covered_items = {p for part, p in columns.values() if part == "item"}
    for record in document[records]:
        held = lambda p, paths: p in paths or any(c.startswith(p + ".") for c in paths)
        missing = [p for p in leaves({k: v for k, v in record.items() if k != items}) if not held(p, covered)]
        children = record.get(items, []) if items else [None]
        for child in children:
            if child is not None:
                missing += [p for p in leaves(child) if not held(p, covered_items)]
        if missing:
            sys.exit(f"{kind} record {record.get('id') or record.get('name')}: no column holds {missing}")
        for n, child in enumerate(children or [None]):
            row = {}
            for header, (part, path) in columns.items():
                source = record if part == "record" else child
                if source is None or (grouped and n > 0 and part == "record" and path != "id"):
                    continue
                row[header] = cell(path, get(source, path))
            if grouped and n > 0 and kind == "summaryTables":
                # A summary table's later lines leave the mail's id blank: they continue the mail above.
                row["id"] = None
            yield row


def main():
    out = os.path.join(ROOT, "samples/workbooks")
    with tempfile.TemporaryDirectory() as scratch:
        for name in SAMPLES:
            with open(os.path.join(ROOT, "samples/documents", name + ".json"), encoding="utf-8") as f:
                document = json.load(f)
            kind = document["kind"]
            template = os.path.join(scratch, kind + ".xlsx")
            if not os.path.exists(template):
                subprocess.run([TOOL, "template", kind, "--output", template], check=True, stdout=subprocess.DEVNULL)
            book = openpyxl.load_workbook(template)
            sheet = book.worksheets[0]
            english = [c.value for c in sheet[2]]
            for r, row in enumerate(rows_of(kind, document), start=3):
                for header, value in row.items():
                    target = sheet.cell(row=r, column=english.index(header) + 1, value=value)
                    if isinstance(value, datetime.date):
                        target.number_format = "yyyy-mm-dd"
            book.save(os.path.join(out, name + ".xlsx"))
            print(name + ".xlsx")


main()
