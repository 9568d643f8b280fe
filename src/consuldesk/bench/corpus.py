"""Synthetic but varied social-media items for benchmarks (no dataset text: fragments are ours).

Fragments in several languages are recombined with random names, places, numbers and platforms, so
that the dedupe index sees mostly distinct texts, plus a small share of exact and near repeats.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

OPENERS = [
    "Hello @EmbassyDesk,", "Hi,", "URGENT:", "Buenos días,", "Bonjour,", "Olá,", "Guten Tag,", "مرحبا،",
    "您好，", "नमस्ते,", "Dzień dobry,", "Привет,", "Xin chào,", "こんにちは、", "Kumusta,", "",
]
BODIES = [
    "my passport was stolen at the {place} station last night and I fly home on {day}",
    "we are trapped on the third floor, the water is rising fast in {place}, please send help",
    "how long does a passport renewal take at the moment? I applied {n} weeks ago",
    "is it true that the airport in {place} is closed until {day}? my cousin posted it",
    "necesito una cita para registrar el nacimiento de mi hija en {place}",
    "je voudrais savoir quels documents sont nécessaires pour le visa étudiant",
    "thank you so much to the consular team in {place}, you were amazing",
    "nobody answers the phone at the consulate, I have called {n} times today!!",
    "mein Sohn wurde in {place} festgenommen und wir wissen nicht warum",
    "estamos bem, estamos no hotel em {place}, sem feridos",
    "انا عالق في {place} ولا أستطيع العودة، أرجو المساعدة",
    "我的护照在{place}丢了，明天的航班怎么办",
    "क्या {place} में यात्रा करना अभी सुरक्षित है?",
    "which vaccinations do I need before travelling to {place} in {day}?",
    "buy cheap followers now, {n}k for only 5 dollars, DM me",
    "my brother is missing since the earthquake in {place}, last seen near the market, call {phone}",
]
PLACES = ["Lisbon", "Porto", "Faro", "Coimbra", "Braga", "Madrid", "Valencia", "Izmir", "Nice", "Kyoto",
          "Manila", "Lagos", "Quito", "Tbilisi", "Hanoi", "Cusco"]
DAYS = ["Monday", "Tuesday", "Friday", "the 12th", "tomorrow", "next week", "Sunday night"]
PLATFORMS = ["x", "facebook", "instagram", "mastodon", "bluesky", "telegram", "whatsapp", "messenger"]
TAGS = ["", "", " #help", " #consulate", " 🙏", " !!!", " #flood", " pls", " 😡", " ❤️"]


def generate(count: int, *, seed: int = 20261124) -> Iterator[dict[str, Any]]:
    """`count` generic JSONL records; about 3% are exact or near repeats of earlier ones."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 14, tzinfo=UTC)
    recent: list[str] = []
    for n in range(count):
        if recent and rng.random() < 0.03:
            text = rng.choice(recent) + rng.choice(["", " !!", " #repost"])
        else:
            body = rng.choice(BODIES).format(
                place=rng.choice(PLACES), day=rng.choice(DAYS), n=rng.randint(2, 40),
                phone=f"+351 91{rng.randint(1000000, 9999999)}",
            )
            text = f"{rng.choice(OPENERS)} {body} (ref {rng.randint(10000, 99999)}){rng.choice(TAGS)}".strip()
            if len(recent) < 500:
                recent.append(text)
            else:
                recent[rng.randrange(500)] = text
        platform = rng.choice(PLATFORMS)
        yield {
            "id": f"bench-{n}",
            "platform": platform,
            "kind": "dm" if platform in ("whatsapp", "messenger") else rng.choice(["post", "comment", "reply"]),
            "author_id": f"u{rng.randint(1, count // 3 + 1)}",
            "created_at": (start + timedelta(seconds=n)).isoformat(),
            "text": text,
        }
