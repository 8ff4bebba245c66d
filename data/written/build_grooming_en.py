"""Builds grooming_en.jsonl from the hand-written chats in _src/ (synthetic, for training)."""
import json, sys, pathlib
from collections import Counter

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE / "_src"))
import engine  # noqa: E402

for part in sorted((HERE / "_src").glob("part*.py")):
    exec(compile(part.read_text(encoding="utf-8"), str(part), "exec"), {"C": engine.C, "F": engine.F})

out = HERE.parent.parent / "src/signaal/core/conversations/training_data/written_grooming_en.jsonl"
with out.open("w", encoding="utf-8") as f:
    for i, c in enumerate(engine.CONVS, 1):
        cid = f"groom-{i:03d}"
        f.write(json.dumps({"id": cid, "label": 1, "language": "en",
                            "source": "Signaal written grooming chat (for training)",
                            "group": cid, "messages": c["messages"]}, ensure_ascii=False) + "\n")
kinds = Counter(("flattened" if len(c["messages"]) == 1 else c["kind"]) for c in engine.CONVS)
print(len(engine.CONVS), dict(kinds))
