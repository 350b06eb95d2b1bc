"""A tiny decoder-only transformer, small enough to read in one sitting.

Hover any LLM term (softmax, n_head, attn, ln_f, past_key_values...) to see what it means.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model: int, n_head: int, block_size: int):
        super().__init__()
        assert d_model % n_head == 0
        self.n_head = n_head
        self.head_dim = d_model // n_head
        self.qkv = nn.Linear(d_model, 3 * d_model)  # query, key and value in one projection
        self.out_proj = nn.Linear(d_model, d_model)
        mask = torch.tril(torch.ones(block_size, block_size))  # causal mask
        self.register_buffer("mask", mask.view(1, 1, block_size, block_size))

    def forward(self, x, past_key_values=None):
        B, T, C = x.shape
        q, k, v = self.qkv(x).split(C, dim=2)
        q = q.view(B, T, self.n_head, self.head_dim).transpose(1, 2)
        k = k.view(B, T, self.n_head, self.head_dim).transpose(1, 2)
        v = v.view(B, T, self.n_head, self.head_dim).transpose(1, 2)
        if past_key_values is not None:
            past_k, past_v = past_key_values
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.head_dim)
        S = k.size(2)
        scores = scores.masked_fill(self.mask[:, :, S - T:S, :S] == 0, float("-inf"))
        attn = torch.softmax(scores, dim=-1)
        y = (attn @ v).transpose(1, 2).contiguous().view(B, T, C)
        return self.out_proj(y), (k, v)


class Block(nn.Module):
    def __init__(self, d_model: int, n_head: int, block_size: int):
        super().__init__()
        self.ln_1 = nn.LayerNorm(d_model)
        self.attn = CausalSelfAttention(d_model, n_head, block_size)
        self.ln_2 = nn.LayerNorm(d_model)
        self.mlp = nn.Sequential(nn.Linear(d_model, 4 * d_model), nn.GELU(), nn.Linear(4 * d_model, d_model))

    def forward(self, x, past_key_values=None):
        a, present = self.attn(self.ln_1(x), past_key_values)
        x = x + a  # residual connection
        x = x + self.mlp(self.ln_2(x))
        return x, present


class TinyGPT(nn.Module):
    def __init__(self, vocab_size=512, d_model=128, n_head=4, n_layer=4, block_size=256):
        super().__init__()
        self.wte = nn.Embedding(vocab_size, d_model)
        self.wpe = nn.Embedding(block_size, d_model)
        self.blocks = nn.ModuleList(Block(d_model, n_head, block_size) for _ in range(n_layer))
        self.ln_f = nn.LayerNorm(d_model)
        self.lm_head = nn.Linear(d_model, vocab_size, bias=False)
        self.lm_head.weight = self.wte.weight  # weight tying

    def forward(self, input_ids, targets=None, past_key_values=None):
        T = input_ids.size(1)
        start = 0 if past_key_values is None else past_key_values[0][0].size(2)
        pos = torch.arange(start, start + T, device=input_ids.device)
        x = self.wte(input_ids) + self.wpe(pos)
        presents = []
        for i, block in enumerate(self.blocks):
            x, present = block(x, None if past_key_values is None else past_key_values[i])
            presents.append(present)
        logits = self.lm_head(self.ln_f(x))
        loss = None
        if targets is not None:
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))
        return logits, loss, presents
