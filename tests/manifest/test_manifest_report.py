"""`report RUN --html OUT`: content of the page, and a real render in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from trainer.manifest.cli import cli
from trainer.manifest.io import read_manifest
from trainer.manifest.report import EXCLUDED, KEPT, OK_BG, READ, render_html

CHROMIUM = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(b)), None)


def test_report_holds_every_section_self_contained(make_run, tmp_path):
    run = make_run("a", excluded={"no_consent": 3, "excluded_region": 2})
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(run), "--html", str(out)])
    assert (result.exit_code, result.output) == (0, f"wrote {out}\n")
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)  # nothing fetched
    assert "<script" not in page
    svg = page.split("<svg", 1)[1].split("</svg>")[0]
    assert [re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<text[^>]*>[^<]*</text>", svg)] == [
        "posts read", "11", "excluded: excluded_region", "2", "excluded: no_consent", "3",
        "eligible posts", "6"]
    assert svg.count(f'fill="{EXCLUDED}"') == 2 and svg.count(f'fill="{KEPT}"') == 1
    assert ("Verification OK: 27 checks passed (integrity only, not authenticity: unsigned "
            "manifest)") in page
    assert ("changed by at most a factor of 8.18 (e^ε, ε = 2.1), except with probability "
            "δ = 1e-05.") in page
    for term in ("Privacy unit", "Sample rate (q)", "Noise multiplier (σ)", "Epsilon (ε)",
                 "Delta (δ)"):
        assert f"<dt>{term}</dt>" in page
    assert "<tr><td>EMAIL replaced</td><td class=n>2</td></tr>" in page
    assert "<tr><td>trained on (members)</td><td class=n>3</td></tr>" in page
    assert ("<td>adapter/adapter_model.safetensors</td><td class=n>1024</td><td><code>"
            "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9</code>") in page


def test_report_shows_a_failed_verification_and_a_missing_guarantee(make_run):
    run = make_run("a", edit=lambda m: m["privacy"].update(reproducible_noise=True))
    (run / "adapter" / "adapter_model.safetensors").write_bytes(b"\0" * 1024)
    page = render_html(run, key=None)
    assert '<div class="box warn">NO DP GUARANTEE: privacy.reproducible_noise is true' in page
    assert '<div class="box fail" id="verification"><strong>Verification FAILED: 2 of ' in page
    assert "<li>adapter/adapter_model.safetensors: sha256 mismatch</li>" in page


def test_report_escapes_manifest_values(make_run):
    run = make_run("a", edit=lambda m: m["run"].update(id="<script>alert(1)</script>"))
    page = render_html(run, key=None)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_report_shows_which_redaction_rules_ran_escaped(make_run):
    """The redaction section names the engine release and the digest of its rule files (from
    `redaction.config`), after the counts, every value HTML-escaped."""
    digest = "c" * 64

    def record_rules(m):
        m["redaction"]["config"].update(engine_version="1.12.0<b>",
                                        rule_files=f"41 files, sha256 {digest} & \"'more'\"")

    run = make_run("a", edit=record_rules)
    texts = read_manifest(run)["redaction"]["texts"]
    page = render_html(run, key=None)
    section = page.split("<h2>Redaction</h2>", 1)[1].split("<h2>", 1)[0]
    rows = re.findall(r"<tr><td>([^<]*)</td><td class=n>([^<]*)</td></tr>", section)
    assert rows == [
        ("texts scanned", str(texts)), ("EMAIL replaced", "2"), ("PHONE replaced", "1"),
        ("redaction engine", "1.12.0&lt;b&gt;"),
        ("rule files", f"41 files, sha256 {digest} &amp; &quot;&#x27;more&#x27;&quot;"),
    ]
    assert "<b>" not in page
    plain = render_html(make_run("b"), key=None)  # recorded neither: no such rows
    assert "redaction engine" not in plain and "rule files" not in plain


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_report_renders_in_headless_chromium(make_run, tmp_path):
    from PIL import Image

    run = make_run("a", excluded={"no_consent": 3, "excluded_region": 2})
    html, png = tmp_path / "report.html", tmp_path / "shot.png"
    CliRunner().invoke(cli, ["report", str(run), "--html", str(html)], catch_exceptions=False)
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={png}", "--window-size=1000,1200", html.as_uri()],
                   check=True, capture_output=True, timeout=60)
    image = Image.open(png).convert("RGB")
    assert image.size == (1000, 1200)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text was drawn, not a blank page
    count = {c: n for n, c in colours}

    def pixels(hex_colour: str) -> int:
        return count.get(tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)), 0)

    # The funnel bars (about 560 x 18 px at full width) and the green verification box.
    assert pixels(READ) > 5000 and pixels(EXCLUDED) > 2000 and pixels(KEPT) > 2000
    assert pixels(OK_BG) > 20000
    white = count.get((255, 255, 255), 0)
    assert 0.5 < white / (1000 * 1200) < 0.98
