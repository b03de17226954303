"""
Highlighted snippets: the words of a text that matched the query, in <mark>, found the
way the index found them (by stem and by synonym phrase), in a window of the text
around the most matches. Escapes everything else.
"""

import re
from functools import lru_cache
from html import escape  # the standard library's: many short strings, no lazy wrapper

from django.utils.safestring import SafeString, mark_safe

from .analysis import Synonyms, fold, stem

WORD_SPAN_RE = re.compile(r"[^\W_]+", re.UNICODE)
SCAN_CHARS = 2500
WINDOW_WORDS = 32


@lru_cache(maxsize=100_000)
def _term(word: str) -> str:
    """A word of the text as the index has it (folded, stemmed); cached per spelling."""
    return stem(fold(word))


def _marked(text: str, terms: set[str], synonyms: Synonyms) -> tuple[list, set[int]]:
    spans = [(m.start(), m.end()) for m in WORD_SPAN_RE.finditer(text)]
    stems = [_term(text[a:b]) for a, b in spans]
    marked = {i for i, s in enumerate(stems) if s in terms}
    if any(term.startswith("~") for term in terms):
        for start in range(len(stems)):
            match = synonyms.match_at(stems, start)
            if match and match[1] in terms:
                marked.update(range(start, start + match[0]))
    return spans, marked


def _render(text: str, spans, marked: set[int], first: int, last: int) -> str:
    out, cursor = [], spans[first][0]
    for i in range(first, last + 1):
        a, b = spans[i]
        out.append(escape(text[cursor:a]))
        word = escape(text[a:b])
        out.append(f"<mark>{word}</mark>" if i in marked else word)
        cursor = b
    return "".join(out)


def highlight(text: str, terms: set[str], synonyms: Synonyms) -> SafeString:
    """The whole (short) text with its matching words marked: titles."""
    spans, marked = _marked(text, terms, synonyms)
    if not spans:
        return mark_safe(escape(text))
    head, tail = escape(text[:spans[0][0]]), escape(text[spans[-1][1]:])
    return mark_safe(head + _render(text, spans, marked, 0, len(spans) - 1) + tail)


def snippet(texts: list[str], terms: set[str], synonyms: Synonyms) -> SafeString:
    """A window of the first of `texts` with a match, around its densest matches."""
    fallback = next((t for t in texts if t), "")
    for text in texts:
        text = " ".join((text or "")[:SCAN_CHARS].split())
        spans, marked = _marked(text, terms, synonyms)
        if not marked:
            continue
        ordered = sorted(marked)
        best_start, best_count = ordered[0], 0
        for index in ordered:  # the window starting a little before a match with most matches
            start = max(0, index - 6)
            count = sum(1 for m in ordered if start <= m < start + WINDOW_WORDS)
            if count > best_count:
                best_start, best_count = start, count
        last = min(len(spans) - 1, best_start + WINDOW_WORDS - 1)
        body = _render(text, spans, marked, best_start, last)
        prefix = "… " if best_start > 0 else ""
        suffix = " …" if last < len(spans) - 1 else ""
        return mark_safe(prefix + body + suffix)
    words = " ".join(fallback.split()[:WINDOW_WORDS])
    return mark_safe(escape(words) + (" …" if len(fallback.split()) > WINDOW_WORDS else ""))
