#!/usr/bin/python3
"""Writes the workbook fixtures the spreadsheet tests read, with programs other than ahx1x:

- libreoffice-*.xlsx / .csv: shipped sample workbooks opened and saved again by LibreOffice
  (headless), as an office saving a filled template in another program would;
- broken-*.xlsx: a corpus of workbooks that must be refused, each at its position, made with
  openpyxl and Python's zipfile.

Run from the repository root, after building and after samples/workbooks/make-workbooks.py:
    /usr/bin/python3 tests/Ahx1X.Rules.Tests/Corpus/workbooks/make-corpus.py
It needs python3-openpyxl and libreoffice-calc-nogui; the tests read the committed files only.
"""
import datetime
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.environ.get("AHX1X", os.path.join(ROOT, "src/Ahx1X.Demo/bin/Debug/net10.0/ahx1x"))
SAMPLES = os.path.join(ROOT, "samples/workbooks")


def libreoffice():
    with tempfile.TemporaryDirectory() as scratch:
        profile = "-env:UserInstallation=file://" + os.path.join(scratch, "profile")
        for name in ["applications-rejected", "summary-rows", "monthly-progress"]:
            shutil.copy(os.path.join(SAMPLES, name + ".xlsx"), os.path.join(scratch, "libreoffice-" + name + ".xlsx"))
            source = os.path.join(scratch, "libreoffice-" + name + ".xlsx")
            out = os.path.join(scratch, "out")
            subprocess.run(["soffice", profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, source], check=True, stdout=subprocess.DEVNULL)
            shutil.copy(os.path.join(out, os.path.basename(source)), HERE)
        # CSV as LibreOffice writes it: UTF-8 (76), comma (44), double quotes (34); the first sheet only.
        source = os.path.join(scratch, "libreoffice-applications-rejected.xlsx")
        subprocess.run(["soffice", profile, "--headless", "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1', "--outdir", scratch, source], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(scratch, "libreoffice-applications-rejected.csv"), HERE)


def template(kind, scratch):
    path = os.path.join(scratch, kind + ".xlsx")
    subprocess.run([TOOL, "template", kind, "--output", path], check=True, stdout=subprocess.DEVNULL)
    return path


def filled(scratch):
    """The applications template with one good row, as a starting point for each broken case."""
    book = openpyxl.load_workbook(template("applications", scratch))
    sheet = book["申报"]
    row = ["BR-01", "安徽示范职业技术学院", 2024, "B1-WEB", "中级", 45, "春季", "软件技术", datetime.date(2024, 3, 25), "是", "是",
           "高等职业院校", "合肥", "是", datetime.date(2021, 5, 10), "软件技术", datetime.date(2024, 3, 12), "是", "是"]
    for column, value in enumerate(row, start=1):
        sheet.cell(row=3, column=column, value=value)
    return book, sheet


def broken():
    with tempfile.TemporaryDirectory() as scratch:
        with open(os.path.join(HERE, "broken-not-a-workbook.xlsx"), "w", encoding="utf-8") as f:
            f.write("申报编号,院校名称\nBR-01,安徽示范职业技术学院\n")

        # An encrypted workbook is an OLE compound file holding EncryptionInfo and EncryptedPackage
        # streams; the signature and those names are what a reader sees before any password.
        header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
        names = "EncryptionInfo".encode("utf-16-le") + bytes(2) + "EncryptedPackage".encode("utf-16-le")
        with open(os.path.join(HERE, "broken-encrypted.xlsx"), "wb") as f:
            f.write(header + names + bytes(4096 - len(header) - len(names)))

        # A zip bomb: one part of 300 MB of zeros, a few hundred kilobytes compressed.
        with zipfile.ZipFile(os.path.join(HERE, "broken-zip-bomb.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                chunk = bytes(1024 * 1024)
                for _ in range(300):
                    part.write(chunk)

        # A zip whose directory lies: the part declares 1,000 bytes and expands to 2 MB.
        lying = os.path.join(HERE, "broken-zip-lying-size.xlsx")
        with zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", bytes(2 * 1024 * 1024))
        data = bytearray(open(lying, "rb").read())
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            start = 0
            while (start := data.find(signature, start)) >= 0:
                size = struct.unpack_from("<I", data, start + offset)[0]
                if size == 2 * 1024 * 1024:
                    struct.pack_into("<I", data, start + offset, 1000)
                start += 4
        open(lying, "wb").write(bytes(data))

        book, sheet = filled(scratch)
        sheet["F3"] = "=SUM(40,5)"  # openpyxl saves the formula with no computed value
        book.save(os.path.join(HERE, "broken-formula-only.xlsx"))

        book, sheet = filled(scratch)
        sheet.merge_cells("A1:B1")
        book.save(os.path.join(HERE, "broken-merged-header.xlsx"))

        book, sheet = filled(scratch)
        sheet.cell(row=1, column=20, value="备注")
        sheet.cell(row=3, column=20, value="加急")
        book.save(os.path.join(HERE, "broken-extra-column.xlsx"))

        book, sheet = filled(scratch)
        sheet.delete_cols(6)  # 申报人数 (candidates)
        book.save(os.path.join(HERE, "broken-missing-column.xlsx"))

        book = openpyxl.Workbook()
        book.active.title = "申报"
        book.save(os.path.join(HERE, "broken-empty-sheet.xlsx"))

        book, sheet = filled(scratch)
        sheet["A4"] = "BR-02"
        sheet["B4"] = "安徽示范职业技术学院"
        sheet["C4"] = 2024
        sheet["D4"] = "B1-WEB"
        sheet["I4"] = 45383  # a number in a date column: could be a date, never guessed
        sheet["O4"] = "3/4"
        book.save(os.path.join(HERE, "broken-ambiguous-dates.xlsx"))


libreoffice()
broken()
for name in sorted(os.listdir(HERE)):
    if not name.endswith(".py"):
        print(name, os.path.getsize(os.path.join(HERE, name)))
