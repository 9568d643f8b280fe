"""Loaders for the research datasets in `../shared` (training and evaluation only; never shipped).

Owns: finding the shared folder and reading each dataset folder into plain (text, label) lists with the
splits documented in its SOURCE.md. Must not import the pipeline or write anything: dataset text stays in
memory and never enters the repository (HumAID/CrisisNLP terms forbid redistributing it).

Where the shared folder, a dataset folder or a file is absent, `DataMissing` is raised with a message
saying what was looked for, so the CLI can skip that task and keep the shipped models.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ENV_VAR = "CONSULDESK_SHARED"


class DataMissing(Exception):
    """A dataset needed for training or evaluation is not on this machine."""


@dataclass(slots=True)
class Labelled:
    """Texts with one label each; `groups` (event, language…) where the split or CV needs them."""

    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)

    def add(self, text: str, label: str, group: str = "") -> None:
        self.texts.append(text)
        self.labels.append(label)
        self.groups.append(group)

    def extend(self, other: Labelled) -> Labelled:
        self.texts += other.texts
        self.labels += other.labels
        self.groups += other.groups
        return self

    def __len__(self) -> int:
        return len(self.texts)


@dataclass(frozen=True, slots=True)
class ConsularRecord:
    id: str
    text: str
    lang: str
    intent: str
    urgency: str
    sentiment: str
    pii: list[dict[str, object]]


def writer_of(record: ConsularRecord) -> str:
    """The writer: the corpus id prefix ("w12-034" → "w12"); consular_dev is one writer."""
    head = record.id.split("-")[0]
    return head if head[:1] == "w" and head[1:].isdigit() else "consular_dev"


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def find_shared(data: Path | None = None) -> Path:
    """The shared folder: `data` if given, else $CONSULDESK_SHARED, else <repo>/../shared.

    `data` may name the shared folder itself or its `datasets/` subfolder.
    """
    candidates: list[Path] = []
    if data is not None:
        candidates.append(Path(data))
    elif os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
    else:
        candidates += [repo_root().parent / "shared", Path.cwd().parent / "shared"]
    for cand in candidates:
        if (cand / "datasets").is_dir() or (cand / "data").is_dir():
            return cand.resolve()
        if cand.name == "datasets" and cand.is_dir():
            return cand.parent.resolve()
    looked = ", ".join(str(c) for c in candidates)
    raise DataMissing(
        f"training data not found (looked in {looked}). Pass --data PATH or set {ENV_VAR} to the folder "
        "holding datasets/ and data/; the shipped models keep working without it."
    )


class Shared:
    """Access to one shared folder; each loader raises DataMissing when its files are absent."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.datasets = root / "datasets"

    def _dir(self, name: str) -> Path:
        path = self.datasets / name
        if not path.is_dir():
            raise DataMissing(f"dataset folder {path} is absent")
        return path

    def _file(self, path: Path) -> Path:
        if not path.is_file():
            raise DataMissing(f"dataset file {path} is absent")
        return path

    # consular development set (CC0) ---------------------------------------------------------------

    def consular(self) -> list[ConsularRecord]:
        path = self._file(self.root / "data" / "consular_dev.jsonl")
        out = []
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    r = json.loads(line)
                    out.append(ConsularRecord(r["id"], r["text"], r["lang"], r["intent"], r["urgency"],
                                              r["sentiment"], list(r.get("pii", []))))
        return out

    # crisis humanitarian categories ---------------------------------------------------------------

    def humaid(self, split: str) -> Labelled:
        """HumAID events_set1, `split` ∈ train/dev (test is held apart); group = event."""
        folder = self._dir("humaid_events_set1")
        files = sorted(folder.glob(f"*_{split}.tsv"))
        if not files:
            raise DataMissing(f"no HumAID *_{split}.tsv files in {folder}")
        out = Labelled()
        for path in files:
            event = path.name[: -len(f"_{split}.tsv")]
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                    out.add(row["tweet_text"], row["class_label"], event)
        return out

    def crisisnlp(self) -> Labelled:
        """CrisisNLP (LREC 2016) CrowdFlower labels mapped onto the HumAID classes; disease events dropped."""
        folder = self._dir("crisisnlp_lrec2016") / "crowdflower"
        out = Labelled()
        for path in sorted(folder.glob("*.csv")):
            if "ebola" in path.name.lower() or "respiratory" in path.name.lower():
                continue
            text = path.read_bytes().decode("latin-1")
            for row in csv.DictReader(io.StringIO(text)):
                label = CRISISNLP_TO_HUMAID.get(row.get("choose_one_category", ""))
                if label:
                    out.add(row["tweet_text"], label, path.name.split("__")[0])
        return out

    # informativeness -------------------------------------------------------------------------------

    def kaggle(self) -> Labelled:
        """Kaggle disaster tweets train.csv (labels '1' real disaster / '0'); group = keyword."""
        path = self._file(self._dir("kaggle_nlp_disaster_tweets") / "train.csv")
        out = Labelled()
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                out.add(row["text"], row["target"], row.get("keyword") or "")
        return out

    def crisislex(self) -> Labelled:
        """CrisisLex T6 on-topic/off-topic (labels '1'/'0'); group = event."""
        folder = self._dir("crisislex_t6")
        out = Labelled()
        for path in sorted(folder.glob("*-ontopic_offtopic.csv")):
            with path.open(encoding="utf-8", errors="replace", newline="") as handle:
                reader = csv.reader(handle)
                next(reader, None)
                for row in reader:
                    if len(row) >= 3:
                        out.add(row[1], "1" if row[2].strip() == "on-topic" else "0", path.name.split("-")[0])
        return out

    def munro(self) -> list[dict[str, str]]:
        """Munro disaster-response messages (CC BY 4.0), validation split, as raw rows."""
        path = self._file(self._dir("disaster_response_messages_munro") / "disaster_response_validation.csv")
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    # sentiment ---------------------------------------------------------------------------------------

    def semeval(self, names: Iterable[str]) -> Labelled:
        """SemEval Task 4A files by stem (e.g. 'twitter-2016test-A'); group = file stem."""
        folder = self._dir("semeval2017_task4a")
        out = Labelled()
        for name in names:
            path = self._file(folder / f"{name}.tsv")
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) >= 3 and parts[1] in ("positive", "negative", "neutral"):
                        out.add(_semeval_text(parts[2]), parts[1], name)
        return out

    def airline(self) -> Labelled:
        path = self._file(self._dir("twitter_us_airline_sentiment") / "Tweets.csv")
        out = Labelled()
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                out.add(row["text"], row["airline_sentiment"], row.get("negativereason") or "")
        return out

    def tweeteval(self, task: str, split: str) -> Labelled:
        folder = self._dir("tweeteval") / task
        texts = self._file(folder / f"{split}_text.txt").read_text(encoding="utf-8").splitlines()
        labels = self._file(folder / f"{split}_labels.txt").read_text(encoding="utf-8").splitlines()
        mapping = dict(line.split("\t") for line in (folder / "mapping.txt").read_text().splitlines() if line)
        out = Labelled()
        for text, label in zip(texts, labels, strict=False):
            out.add(text, mapping.get(label.strip(), label.strip()), task)
        return out

    # rumours and misinformation ----------------------------------------------------------------------

    def twitter1516(self) -> Labelled:
        """Twitter15/16 source tweets: labels non-rumor/false/true/unverified; group = 'twitter15'/'twitter16'."""
        folder = self._dir("twitter15_16_rumour")
        out = Labelled()
        seen: set[str] = set()
        for split in ("twitter15", "twitter16"):
            labels = {}
            for line in self._file(folder / f"{split}_label.txt").read_text(encoding="utf-8").splitlines():
                if ":" in line:
                    label, _, tid = line.partition(":")
                    labels[tid.strip()] = label.strip()
            for line in self._file(folder / f"{split}_source_tweets.txt").read_text(encoding="utf-8").splitlines():
                tid, _, text = line.partition("\t")
                if tid in labels and tid not in seen:
                    seen.add(tid)
                    out.add(text, labels[tid], split)
        return out

    def constraint(self, split: str) -> Labelled:
        """CONSTRAINT COVID-19 fake news, `split` ∈ Train/Val; labels real/fake."""
        path = self._file(self._dir("constraint_covid19_fakenews") / f"Constraint_{split}.csv")
        out = Labelled()
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                out.add(row["tweet"], row["label"], "constraint")
        return out

    def liar(self, split: str) -> Labelled:
        path = self._file(self._dir("liar") / f"{split}.tsv")
        out = Labelled()
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3:
                    out.add(parts[2], parts[1], "liar")
        return out


CRISISNLP_TO_HUMAID = {
    "other_useful_information": "other_relevant_information",
    "donation_needs_or_offers_or_volunteering_services": "rescue_volunteering_or_donation_effort",
    "injured_or_dead_people": "injured_or_dead_people",
    "deaths_reports": "injured_or_dead_people",
    "not_related_or_irrelevant": "not_humanitarian",
    "sympathy_and_emotional_support": "sympathy_and_support",
    "infrastructure_and_utilities_damage": "infrastructure_and_utility_damage",
    "caution_and_advice": "caution_and_advice",
    "displaced_people_and_evacuations": "displaced_people_and_evacuations",
    "missing_trapped_or_found_people": "missing_or_found_people",
}

_U_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _semeval_text(text: str) -> str:
    text = _U_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if len(text) > 1 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1].replace('""', '"')
    return text


def dedupe_key(text: str) -> str:
    """Key for dropping near-identical texts across train/validation (case, URLs, handles, spaces)."""
    text = re.sub(r"https?://\S+|@\w+|\burl\b|^rt\b", " ", text.lower())
    return " ".join(re.findall(r"\w+", text))


def drop_overlap(train: Labelled, held_out: Iterable[str]) -> Labelled:
    """`train` without the texts whose dedupe key also occurs in `held_out` (no leakage into validation)."""
    banned = {dedupe_key(t) for t in held_out}
    out = Labelled()
    for text, label, group in zip(train.texts, train.labels, train.groups, strict=True):
        if dedupe_key(text) not in banned:
            out.add(text, label, group)
    return out


def split_fixed(data: Labelled, fraction: float, seed: int,
                key: Callable[[int], str] | None = None) -> tuple[Labelled, Labelled]:
    """Deterministic random split into (train, held-out) by index, stratified on label."""
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(data.labels):
        by_label.setdefault(key(i) if key else label, []).append(i)
    held: set[int] = set()
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        held.update(idx[: round(len(idx) * fraction)])
    train, test = Labelled(), Labelled()
    for i in range(len(data)):
        (test if i in held else train).add(data.texts[i], data.labels[i], data.groups[i])
    return train, test
