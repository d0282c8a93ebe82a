"""A synthetic corpus for the benchmark when ``../shared`` is absent: wire-style Arabic
articles (about 1,700 characters each) assembled from the team's own sentence patterns."""

from __future__ import annotations

import random
from collections.abc import Iterator

PLACES = ["الرياض", "عمّان", "بيروت", "القاهرة", "بغداد", "الدوحة", "تونس", "الرباط", "مسقط"]
AGENCIES = ["واس", "بترا", "د ب أ", "أ ف ب", "رويترز", "قنا"]
SPEAKERS = ["وزير الخارجية", "المتحدث باسم الحكومة", "رئيس الوزراء", "وزارة الداخلية",
            "قائد الشرطة", "مصدر مسؤول", "رئيس البرلمان", "وزيرة الصحة"]
VERBS = ["قال", "أكد", "نفى", "أعلن", "حذر", "دعا", "أوضح", "أشار"]
TOPICS = ["خطة لتطوير شبكة الطرق بين المدن", "اتفاقا لتبادل السلع الزراعية",
          "إجراءات جديدة لمواجهة ارتفاع الأسعار", "برنامجا لدعم الشركات الصغيرة",
          "مشروعا لتحلية مياه البحر", "حملة لتطعيم الأطفال في المناطق الريفية"]
CLAUSES = ["خلال مؤتمر صحافي عقده مساء الأحد", "في بيان نشرته الوكالة الرسمية",
           "في تصريحات للصحفيين عقب الاجتماع", "أمام أعضاء اللجنة المختصة"]
TAILS = ["وأن التنفيذ سيبدأ مطلع الشهر المقبل بكلفة تقدر بنحو 40 مليون دولار",
         "مشيرا إلى أن الحكومة ستراجع النتائج بعد ستة أشهر",
         "ومؤكدا أن التعاون مع الدول المجاورة مستمر رغم الصعوبات",
         "في وقت تشهد فيه المنطقة ضغوطا اقتصادية متزايدة"]
HEADINGS = ["ردود الفعل", "موقف المعارضة", "خلفية القرار", "الخطوات المقبلة"]


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(VERBS)} {rng.choice(SPEAKERS)} {rng.choice(CLAUSES)} إن الجهات المعنية "
            f"تعمل على {rng.choice(TOPICS)}، {rng.choice(TAILS)}.")


def article(rng: random.Random) -> str:
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    title = f"{rng.choice(SPEAKERS)} يعلن {rng.choice(TOPICS)}"
    lines = [title, f"{place} - {agency}"]
    for i in range(6):
        if i == 3:
            lines.append(rng.choice(HEADINGS))
        lines.append(" ".join(_sentence(rng) for _ in range(2)))
    lines.append(f"اقرأ أيضا: {rng.choice(SPEAKERS)} يزور {rng.choice(PLACES)}")
    return "\n".join(lines)


def generate(n: int, seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(n):
        yield article(rng)
