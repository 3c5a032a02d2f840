"""verl's real RewardLoopManager on Ray, fed the way verl's agent loop streams rollouts, with one `verigrade serve`
as the judge front for all reward workers (issue 14).

- `RewardLoopManager` starts 8 `RewardLoopWorker` Ray actors from verl's own YAML config plus the README's Hydra
  overrides (the `$(python -c ...)` is run by bash, as a shell would).
- Each rollout is sent by verl's own `AgentLoopWorker._compute_score` (bound to a stand-in that has only the
  attributes it reads), which picks a random reward worker per rollout: a GRPO group lands in many processes.
- The workers' reward function has `verigrade_url` set: they send to the service, which dedups, micro-batches and
  caches the judge calls. A "trap" judge that the workers would use if they judged locally must get 0 calls.
- Also through the same workers: a mixed data_source batch (math -> verigrade, searchR1_nq -> verl's own scorer),
  GSM8K-form ground truths, and None ground truths (flagged vg_bad_input, never a silent 0).
"""
from __future__ import annotations

import asyncio
import os
import shlex
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
ray = pytest.importorskip("ray")

from verigrade.judge.stub_server import StubJudgeServer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PETYA = "Petya will receive the last token."
GROUPS, N = 8, 8  # 8 prompts x 8 rollouts, each group with one identical answer the rules leave UNSURE
# The README's verl lines, verbatim (the service URL is the one this test starts).
VERL_ONE_LINER = ("reward.custom_reward_function.path=$(python -c 'import verigrade.integrations.verl as m; "
                  "print(m.__file__)') reward.custom_reward_function.name=compute_score_async")
VERL_SERVICE_FLAG = "+reward.custom_reward_function.reward_kwargs.verigrade_url=http://127.0.0.1:8000"
# verl's trainer (TaskRunner actor) logs the vg_* keys as training metrics with this Ray hook.
VERL_METRICS_FLAG = ("+ray_kwargs.ray_init.runtime_env.worker_process_setup_hook="
                     "verigrade.integrations.verl_metrics.install")
SERVE_ONE_LINER = ("verigrade serve --host 127.0.0.1 --port 8000 --mode addon --judge-backend openai "
                   "--judge-url http://127.0.0.1:8001/v1")
WORDS = ["<pad>", "<eos>", "<unk>", "The", "answer", "is", "\\boxed{the", "first", "player}", "<answer>Paris</answer>",
         "<answer>Rome</answer>", "So", "72", "####", "\\boxed{72}", "\\boxed{24}", "Q"]


def shell_words(cmd: str) -> list[str]:
    """The words bash makes of a command line ($(...) run by bash, with this interpreter as `python`)."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    out = subprocess.run(["bash", "-c", f'for w in {cmd}; do printf "%s\\0" "$w"; done'], env=env, check=True,
                         capture_output=True, text=True).stdout
    return [w for w in out.split("\0") if w]


def tokenizer_dir(tmp: Path) -> str:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tok.decoder = decoders.WordPiece(prefix="\u0001")  # joins words with spaces (and keeps "####")
    hf = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="<pad>", eos_token="<eos>", unk_token="<unk>")
    hf.save_pretrained(tmp)
    return str(tmp)


def verl_config(tok_dir: str, overrides: list[str]):
    import verl
    from omegaconf import OmegaConf

    cfg_dir = Path(verl.__file__).parent / "trainer" / "config"
    base = OmegaConf.create({"actor_rollout_ref": {"model": {"path": tok_dir, "tokenizer_path": None}},
                             "data": {}})
    base.reward = OmegaConf.load(cfg_dir / "reward" / "reward.yaml")
    dotlist = [o[1:] if o.startswith("+") else o for o in overrides]  # Hydra's "+key=" adds a key
    return OmegaConf.merge(base, OmegaConf.from_dotlist(dotlist))


class Streamer:
    """What verl's AgentLoopWorker._compute_score reads from `self`; the methods are verl's own."""

    def __init__(self, handles):
        from verl.experimental.agent_loop.agent_loop import AgentLoopWorker

        self.reward_loop_worker_handles = handles
        self.processor = None
        self.mm_processor_kwargs = {}
        for name in ("_compute_score", "_compute_multi_modal_inputs", "_compute_position_ids",
                     "_get_mm_processor_kwargs"):
            setattr(self, name, getattr(AgentLoopWorker, name).__get__(self))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """stub judge + trap judge (threads), `verigrade serve` (a subprocess), Ray with verl's RewardLoopManager."""
    pytest.importorskip("verl")
    from test_server import lt  # _wait_line / _wait_healthy helpers for a real `verigrade serve`

    stub = StubJudgeServer("fixed", p_true=0.9).start()
    trap = StubJudgeServer("always-false").start()  # the judge a worker would call if it judged locally
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIGRADE_")}
    serve_words = shlex.split(SERVE_ONE_LINER.replace("--port 8000", "--port 0")
                              .replace("http://127.0.0.1:8001/v1", stub.url))
    assert serve_words[:2] == ["verigrade", "serve"]
    server = subprocess.Popen([sys.executable, "-m", "verigrade", *serve_words[1:]],
                              stdout=subprocess.PIPE, text=True, env=dict(env, PYTHONUNBUFFERED="1"))
    try:
        url = lt._wait_line(server, r"listening on")
        lt._wait_healthy(url)
        overrides = shell_words(VERL_ONE_LINER) + [
            VERL_SERVICE_FLAG.replace("http://127.0.0.1:8000", url),
            # would configure a local judge; with verigrade_url the workers must ignore it (the trap stays at 0)
            "+reward.custom_reward_function.reward_kwargs.judge_backend=openai",
            f"+reward.custom_reward_function.reward_kwargs.judge_url={trap.url}",
            "reward.num_workers=8"]
        cfg = verl_config(tokenizer_dir(tmp_path_factory.mktemp("tok")), overrides)
        # the runtime_env verl's main_ppo would pass to ray.init with VERL_METRICS_FLAG set
        hook = VERL_METRICS_FLAG.split("=", 1)[1]
        ray.init(num_cpus=8, include_dashboard=False, log_to_driver=False,
                 runtime_env={"env_vars": {"PYTHONPATH": os.pathsep.join(sys.path)},
                              "worker_process_setup_hook": hook})
        from verl.experimental.reward_loop.reward_loop import RewardLoopManager

        manager = RewardLoopManager(cfg)
        handles = manager.reward_loop_worker_handles
        assert handles is not None and len(handles) == 8  # streaming: no reward model, so rollouts go one by one
        yield {"streamer": Streamer(handles), "stub": stub, "trap": trap, "url": url}
    finally:
        if ray.is_initialized():
            ray.shutdown()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        server.stdout.close()
        stub.stop()
        trap.stop()


def _ids(text: str) -> list[int]:
    return [WORDS.index(w) for w in text.split()]


def stream(streamer: Streamer, rows: list[dict]) -> list[tuple[float, dict]]:
    """Every rollout through verl's _compute_score at once (as finished rollouts arrive in the agent loop)."""
    from verl.experimental.agent_loop.agent_loop import AgentLoopMetrics, AgentLoopOutput

    outputs = [AgentLoopOutput(prompt_ids=_ids("Q"), response_ids=_ids(r["response"]) + [1],
                               response_mask=[1] * (len(_ids(r["response"])) + 1), metrics=AgentLoopMetrics())
               for r in rows]

    async def go():
        await asyncio.gather(*(streamer._compute_score([o], kwargs={
            "data_source": r["data_source"], "reward_model": {"ground_truth": r["gold"], "style": "rule"},
            "extra_info": {"question": r.get("question"), "index": i}}) for i, (o, r) in enumerate(zip(outputs, rows))))

    asyncio.run(go())
    return [(o.reward_score, o.extra_fields["reward_extra_info"]) for o in outputs]


def test_one_judge_service_for_8_streaming_reward_workers(run):
    rows = [{"data_source": "math", "gold": PETYA, "question": f"Game {g}: who gets the last token?",
             "response": "The answer is \\boxed{the first player}"} for g in range(GROUPS) for _ in range(N)]
    calls_before = run["stub"].requests
    out = stream(run["streamer"], rows)
    judge_calls = run["stub"].requests - calls_before
    infos = [info for _, info in out]
    assert len(out) == GROUPS * N
    assert all(i["vg_stage"] == 2.0 and i["vg_p_true"] == pytest.approx(0.9) for i in infos)  # judged, not 0
    assert all(score == 1.0 for score, _ in out)
    assert judge_calls <= GROUPS, f"{judge_calls} judge calls for {GROUPS} distinct (question, answer) pairs"
    assert run["trap"].requests == 0  # no reward worker built or called a judge of its own
    from test_server import lt

    import httpx

    m = lt.parse_metrics(httpx.get(run["url"] + "/metrics").text)
    print(f"\n{len(out)} rollouts, 8 reward workers: {judge_calls} judge calls, "
          f"{int(m.get('verigrade_batches_total', 0))} rule batches, judge cache hits "
          f"{int(m.get('verigrade_judge_cache_hits_total', 0))}")


def test_mixed_data_sources_and_bad_golds_through_the_workers(run):
    rows = [
        {"data_source": "openai/gsm8k", "gold": "She sold 48 + 24 = 72 clips.\n#### 72", "response": "So 72 #### 72",
         "question": "How many clips?"},
        {"data_source": "openai/gsm8k", "gold": "#### 72", "response": "\\boxed{24}", "question": "How many?"},
        {"data_source": "searchR1_nq", "gold": {"target": ["Paris"]}, "response": "<answer>Paris</answer>"},
        {"data_source": "searchR1_nq", "gold": {"target": ["Paris"]}, "response": "<answer>Rome</answer>"},
        {"data_source": "lighteval/MATH", "gold": None, "response": "\\boxed{72}", "question": "q"},
    ]
    out = stream(run["streamer"], rows)
    scores = [s for s, _ in out]
    infos = [i for _, i in out]
    assert scores == [1.0, 0.0, 1.0, 0.0, 0.0]
    assert [i["vg_routed"] for i in infos] == [0.0, 0.0, 1.0, 1.0, 0.0]
    assert infos[4]["vg_bad_input"] == 1.0 and infos[4]["vg_no_answer"] == 0.0  # flagged, not "no answer"
    assert {tuple(sorted(i)) for i in infos} == {tuple(sorted(infos[0]))}  # verl needs the same keys everywhere


def test_reward_keys_become_training_metrics_in_a_ray_worker(run):
    """In a Ray worker started with the hook (verl's TaskRunner is one), ray_trainer's compute_data_metrics, the
    function verl's training loop calls each step, reports verigrade/* from the batch's reward extra info."""
    rows = [{"data_source": "math", "gold": g, "question": "Game 0: who gets the last token?", "response": r}
            for g, r in (("72", "\\boxed{72}"), ("72", "\\boxed{24}"), (PETYA, "The answer is \\boxed{the first player}"),
                         ("72", "So 72 #### 72"))]
    infos = [info for _, info in stream(run["streamer"], rows)]

    @ray.remote
    def training_step_metrics(extra: dict) -> dict:
        import torch
        from verl import DataProto
        from verl.trainer.ppo.ray_trainer import compute_data_metrics  # as the trainer imports it

        n, L = len(extra["vg_stage"]), 3
        ones = torch.ones(n, L)
        batch = DataProto.from_dict(
            tensors={"token_level_scores": ones, "token_level_rewards": ones, "advantages": ones, "returns": ones,
                     "prompts": torch.ones(n, L, dtype=torch.long), "responses": torch.ones(n, L, dtype=torch.long),
                     "response_mask": torch.ones(n, L, dtype=torch.long),
                     "attention_mask": torch.ones(n, 2 * L, dtype=torch.long)},
            non_tensors={k: np.array(v) for k, v in extra.items()})  # ray_trainer.py: non_tensor_batch.update
        return compute_data_metrics(batch=batch, use_critic=False)

    extra = {k: [i[k] for i in infos] for k in infos[0]}
    metrics = ray.get(training_step_metrics.remote(extra))
    assert "critic/score/mean" in metrics  # verl's own metrics are still there
    assert metrics["verigrade/judged_rate"] == pytest.approx(0.25)
    assert metrics["verigrade/bad_input_rate"] == 0.0 and metrics["verigrade/routed_rate"] == 0.0
    assert metrics["verigrade/p_true_mean"] == pytest.approx(0.9)
