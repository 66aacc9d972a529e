"""`make screenshots`: the first page of a demo invoice PDF as a PNG, for the manual.

    python packaging/invoice_png.py OUT.png

Fills a demo shop in a temporary folder with the admin command line (a letterhead
set by PITLANE_SHOP_* variables), takes the invoice with the most lines (the
largest PDF) and renders its first page at 100 dpi with pdftoppm (poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERHEAD = {
    "PITLANE_SHOP_NAME": "피트레인 자동차정비",
    "PITLANE_SHOP_ADDRESS": "서울특별시 성동구 성수이로 123 (성수동2가)",
    "PITLANE_SHOP_BUSINESS_NO": "123-45-67890",
    "PITLANE_SHOP_PHONE": "02-1234-5678",
}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing: sudo apt install poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="pitlane-invoice-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, **LETTERHEAD, "XDG_DATA_HOME": str(folder / "data")}
        subprocess.run(
            [sys.executable, "-m", "app", "--database", f"sqlite:///{folder / 'shop.db'}",
             "--invoice-dir", str(folder / "invoices"), "demo"],
            cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        pdfs = sorted((folder / "invoices").glob("*.pdf"), key=lambda p: p.stat().st_size)
        if not pdfs:
            print("the demo shop wrote no invoice PDF", file=sys.stderr)
            return 1
        prefix = folder / "page"
        subprocess.run([pdftoppm, "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdfs[-1]), str(prefix)],
                       check=True)  # fmt: skip
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(prefix.with_suffix(".png"), out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
