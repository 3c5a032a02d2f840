"""LLM second opinion. `build_judge(config)` returns a runner with dedup + cache + deadline, or None."""
