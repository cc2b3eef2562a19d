"""The built book in a real browser: every page loads offline, cleanly and accessibly."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SKIPPED_PAGES = {"index.html", "genindex.html", "search.html"}  # redirect, generated index, search
SEARCH_WORD = "confidentiality"  # appears in a chapter's text


@dataclass
class PageVisit:
    """What a page did while loading in Chromium."""

    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    images_without_alt: list[str] = field(default_factory=list)
    widget_views: int = 0
    rendered_widgets: int = 0
    math_blocks: int = 0
    rendered_math: int = 0

    def problems(self) -> list[str]:
        """Plain statements of everything wrong with the page."""
        found = [f"console error: {e}" for e in self.console_errors]
        found += [f"request to another host: {u}" for u in self.foreign_requests]
        found += [f"failed request: {u}" for u in self.failed_requests]
        found += [f"image without alt text: {u}" for u in self.images_without_alt]
        if self.widget_views and not self.rendered_widgets:
            found.append(f"{self.widget_views} saved widget(s) but none rendered")
        if self.math_blocks and not self.rendered_math:
            found.append(f"{self.math_blocks} math block(s) but MathJax rendered none")
        return found


def book_pages(html_root: Path) -> list[str]:
    """Every content page of the built book, as paths relative to its root."""
    pages = []
    for path in sorted(html_root.rglob("*.html")):
        relative = path.relative_to(html_root).as_posix()
        if relative.split("/")[0].startswith("_") or relative in SKIPPED_PAGES:
            continue
        pages.append(relative)
    return pages


def visit(browser, url: str, screenshot: Path | None = None) -> PageVisit:
    """Load one page in a fresh context and record what it did."""
    result = PageVisit()
    context = browser.new_context()
    page = context.new_page()

    def route(route) -> None:
        # Refuse (and record) anything not served by the book's own server.
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            result.foreign_requests.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on(
        "console", lambda m: result.console_errors.append(m.text) if m.type == "error" else None
    )
    page.on("pageerror", lambda e: result.console_errors.append(str(e)))
    page.on(
        "response",
        lambda r: result.failed_requests.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    page.goto(url, wait_until="networkidle")
    result.images_without_alt = page.eval_on_selector_all(
        "img", "els => els.filter(e => !(e.getAttribute('alt') || '').trim()).map(e => e.src)"
    )
    result.widget_views = page.locator(
        'script[type="application/vnd.jupyter.widget-view+json"]'
    ).count()
    result.rendered_widgets = page.locator(".jupyter-widgets").count()
    result.math_blocks = page.locator(".math").count()
    result.rendered_math = page.locator("mjx-container").count()
    if screenshot is not None:
        page.screenshot(path=str(screenshot), full_page=True)
    context.close()
    return result


def test_every_page_loads_offline_cleanly(browser, book_server, built_book, artifacts):
    """No console error, no other host, no failed request, alt text, widgets and math render."""
    pages = book_pages(built_book)
    assert len(pages) >= 2, f"the book has too few pages: {pages}"
    problems = {}
    for relative in pages:
        shot = artifacts / "landing.png" if relative == "intro.html" else None
        found = visit(browser, f"{book_server}/{relative}", screenshot=shot).problems()
        if found:
            problems[relative] = found
    assert not problems, "pages with problems:\n" + "\n".join(
        f"{page}:\n  " + "\n  ".join(items) for page, items in problems.items()
    )
    assert (artifacts / "landing.png").stat().st_size > 10_000


def test_saved_widgets_render_in_the_static_page(browser, book_server):
    """The skeleton page's dropdown renders from saved widget state, with no kernel."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{book_server}/chapters/01-landscape.html", wait_until="networkidle")
    dropdown = page.locator(".jupyter-widgets select")
    assert dropdown.count() == 1
    assert "Which network should I join?" in dropdown.input_value()
    context.close()


def test_search_finds_a_word_from_a_chapter(browser, book_server):
    """Sphinx's offline search page lists a chapter for a word in its text."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{book_server}/search.html?q={SEARCH_WORD}", wait_until="networkidle")
    page.wait_for_selector("ul.search li a", timeout=15_000)
    links = page.eval_on_selector_all(
        "ul.search li a", "els => els.map(e => e.getAttribute('href'))"
    )
    context.close()
    assert any(link.startswith("chapters/") for link in links), links
