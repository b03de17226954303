"""
Text analysis shared by every search backend: the one place where Indonesian words
become index terms.

- `words(text)`: lower-case, accent-folded word tokens ("e-government" -> e, government).
- `stem(word)`: the Sastrawi stem (menerapkan, penerapan, diterapkan -> terap). Words
  with digits, and words of three letters or fewer (OPD, ASN, JP), are kept as typed.
- `analyze(text)`: the stems of the non-stop words, in order.
- `Synonyms`: the admin-edited synonym groups (search.models.SynonymGroup) compiled to
  stem sequences. Every occurrence of any variant of a group, one word ("SIPD") or a
  phrase ("Sistem Informasi Pemerintahan Daerah"), yields the group's canonical token
  ("~12"), at index time and at query time, so any variant finds all the others.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

WORD_RE = re.compile(r"[a-z0-9]+")
MAX_TERM_LENGTH = 64

# Sastrawi's stop list is written for text mining and holds words a planner searches
# with (kerja in "kunjungan kerja", seluruh in "seluruh OPD", masalah, kasus). Those stay.
KEPT_FROM_STOP_LIST = {
    "akhir", "awal", "baik", "baru", "besar", "bulan", "cara", "dua", "empat", "hari",
    "jumlah", "kasus", "kecil", "kerja", "bekerja", "lima", "masalah", "pertama",
    "persoalan", "satu", "seluruh", "seluruhnya", "tempat", "tiga", "waktunya", "lanjut",
    "laku", "melakukan", "dilakukan", "hadap", "keadaan",
}
STOP_WORDS = frozenset(StopWordRemoverFactory().get_stop_words()) - KEPT_FROM_STOP_LIST

_stemmer = StemmerFactory().create_stemmer()


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Pelatihan' and 'pélatihan' are one word."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def words(text: str) -> list[str]:
    return [word[:MAX_TERM_LENGTH] for word in WORD_RE.findall(fold(text))]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if len(word) <= 3 or any(ch.isdigit() for ch in word):
        return word
    return _stemmer.stem(word) or word


def analyze(text: str, keep_stop_words: bool = False) -> list[str]:
    return [stem(word) for word in words(text) if keep_stop_words or word not in STOP_WORDS]


def analyze_query(text: str) -> list[str]:
    """A query's stems; a query of stop words only ("yang", "di") keeps them."""
    return analyze(text) or analyze(text, keep_stop_words=True)


@dataclass
class Synonyms:
    """Synonym groups compiled for matching: first stem -> [(stem sequence, token)]."""

    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # token -> the group's variants as typed, for explaining and for Elasticsearch.
    variants: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_groups(cls, groups) -> "Synonyms":
        """`groups`: iterable of (group id, [variant, ...])."""
        synonyms = cls()
        for group_id, variants in groups:
            token = f"~{group_id}"
            synonyms.variants[token] = list(variants)
            for variant in variants:
                stems = tuple(analyze(variant) or analyze(variant, keep_stop_words=True))
                if stems:
                    synonyms.by_first.setdefault(stems[0], []).append((stems, token))
        for entries in synonyms.by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))  # longest phrase first
        return synonyms

    def match_at(self, stems: list[str], start: int) -> tuple[int, str] | None:
        """(length, token) of the longest variant starting at stems[start], if any."""
        for sequence, token in self.by_first.get(stems[start], ()):
            end = start + len(sequence)
            if tuple(stems[start:end]) == sequence:
                return len(sequence), token
        return None

    def tokens_in(self, stems: list[str]) -> list[str]:
        """The canonical token of every variant occurrence in `stems` (for indexing)."""
        found = []
        for start in range(len(stems)):
            match = self.match_at(stems, start)
            if match:
                found.append(match[1])
        return found

    def stem_lines(self) -> list[str]:
        """Each group as one Solr-format line of stemmed variants (Elasticsearch filter)."""
        lines = []
        for variants in self.variants.values():
            stemmed = sorted({" ".join(analyze(v) or analyze(v, keep_stop_words=True))
                              for v in variants} - {""})
            if len(stemmed) > 1:
                lines.append(", ".join(stemmed))
        return lines


@dataclass
class Concept:
    """One thing the user asked for: any of `terms` satisfies it."""

    text: str
    terms: set[str]
    stem: str  # the plain stem ('' when the concept is a phrase), for typo correction


def parse_query(text: str, synonyms: Synonyms) -> list[Concept]:
    """The query as concepts: each word, or each synonym phrase, with its alternatives."""
    stems = analyze_query(text)
    concepts: list[Concept] = []
    seen: set[frozenset] = set()
    position = 0
    while position < len(stems):
        match = synonyms.match_at(stems, position)
        if match:
            length, token = match
            phrase = stems[position:position + length]
            # The group's token alone: every variant occurrence, "SIPD" included, indexed
            # it, so adding the plain stem would only count the same words twice.
            concept = Concept(" ".join(phrase), {token}, phrase[0] if length == 1 else "")
            position += length
        else:
            concept = Concept(stems[position], {stems[position]}, stems[position])
            position += 1
        if frozenset(concept.terms) not in seen:  # "sipd sipd" asks for one thing
            seen.add(frozenset(concept.terms))
            concepts.append(concept)
    return concepts
