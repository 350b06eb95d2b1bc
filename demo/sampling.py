"""Sampling the next token: temperature, top-k and top-p (nucleus) filtering, with a KV cache."""
import torch


def filter_logits(logits, top_k=0, top_p=1.0):
    if top_k > 0:
        kth = torch.topk(logits, top_k).values[..., -1, None]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if top_p < 1.0:
        sorted_logits, order = torch.sort(logits, descending=True)
        cumulative = torch.softmax(sorted_logits, dim=-1).cumsum(dim=-1)
        drop = cumulative - torch.softmax(sorted_logits, dim=-1) > top_p
        sorted_logits[drop] = float("-inf")
        logits = torch.full_like(logits, float("-inf")).scatter(-1, order, sorted_logits)
    return logits


@torch.no_grad()
def generate(model, input_ids, max_new_tokens=50, temperature=0.8, top_k=50, top_p=0.95):
    past_key_values = None
    next_input = input_ids
    for _ in range(max_new_tokens):
        logits, _, past_key_values = model(next_input, past_key_values=past_key_values)
        logits = logits[:, -1, :] / temperature
        probs = torch.softmax(filter_logits(logits, top_k, top_p), dim=-1)
        next_id = torch.multinomial(probs, num_samples=1)
        input_ids = torch.cat([input_ids, next_id], dim=1)
        next_input = next_id  # with the cache, only the new token goes through the model
    return input_ids
