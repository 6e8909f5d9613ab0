#!/usr/bin/env python3
"""Float64 (numpy) reference of one Yuma consensus epoch, for timing against Finney's fixed-point epoch.

Same algorithm as subtensor's sparse epoch at d2218440f (research note section 6.2) in float64 instead of
I32F32/I64F64, on the same synthetic shapes as `finney yuma bench` / SyntheticSubnet: V validators (uids 0..V-1),
permitted and staked, each weighting W consecutive uids (wrapping) with random u16 values and holding bonds on
the same uids. Only the V validator rows are stored (a V x n array), as a numpy user would write it; the
stake-weighted median is vectorised with a sort over the validator axis.

Usage: python3 yuma_float.py --uids 4096 --validators 128 [--weights 4096] [--iterations 10]
Prints one line: `float-reference uids=... validators=... weights=... mean_ms=... min_ms=...`.
"""
import argparse
import time

import numpy as np


def make_subnet(n, v, w, seed=1):
    rng = np.random.default_rng(seed)
    starts = (np.arange(v, dtype=np.uint64) * np.uint64(2_654_435_761)) % np.uint64(n)
    cols = (starts[:, None].astype(np.int64) + np.arange(w)[None, :]) % n
    weights = np.zeros((v, n))
    bonds = np.zeros((v, n))
    rows = np.repeat(np.arange(v), w)
    weights[rows, cols.ravel()] = rng.integers(1, 65536, size=v * w)
    bonds[rows, cols.ravel()] = rng.integers(1, 65536, size=v * w)
    stake = rng.integers(0, 1_000_000_000, size=n).astype(np.float64)
    stake[:v] = 1e12 + rng.integers(0, 10**12, size=v)
    return stake, weights, bonds


def weighted_median_columns(stake, scores, kappa):
    """Per column: the score c with stake(score < c) <= 1 - kappa < stake(score <= c)."""
    order = np.argsort(scores, axis=0, kind="stable")
    sorted_scores = np.take_along_axis(scores, order, axis=0)
    cumulative = np.cumsum(stake[order], axis=0)
    minority = stake.sum() - kappa
    index = (cumulative <= minority).sum(axis=0)
    index = np.minimum(index, scores.shape[0] - 1)
    return sorted_scores[index, np.arange(scores.shape[1])]


def normalize(x, axis=None):
    total = x.sum(axis=axis, keepdims=axis is not None)
    return np.divide(x, total, out=np.zeros_like(x), where=total != 0)


def epoch(stake, weights, bonds, v, emission=1e11, kappa=32767 / 65535, bma=0.9, max_validators=None):
    n = stake.shape[0]
    s = normalize(stake)
    k = max_validators or v
    permits = np.zeros(n, dtype=bool)
    permits[np.argsort(s, kind="stable")[n - k:]] = True
    active = s.copy()
    active[v:] = 0.0  # only the validators hold a previous permit and are active
    active = normalize(active)
    a = active[:v]

    w = weights.copy()
    w[np.arange(v), np.arange(v)] = 0.0  # self-weights
    w = normalize(w, axis=1)
    preranks = a @ w
    consensus = weighted_median_columns(normalize(a), w, kappa)
    w = np.minimum(w, consensus[None, :])
    validator_trust = w.sum(axis=1)
    ranks = a @ w
    trust = np.divide(ranks, preranks, out=np.zeros_like(ranks), where=preranks != 0)
    incentive = normalize(ranks)

    b = normalize(bonds, axis=0)
    delta = normalize(w * a[:, None], axis=0)
    ema = normalize((1 - bma) * delta + bma * b, axis=0)
    dividends = np.zeros(n)
    dividends[:v] = normalize(ema @ incentive)

    total = (incentive + dividends).sum()
    if total == 0:  # no effective weights: validators are paid by active stake (or stake)
        server = np.zeros(n)
        validator = (active if active.sum() > 0 else s) * emission
    else:
        server = incentive / total * emission
        validator = dividends / total * emission
    column_max = ema.max(axis=0)
    stored_bonds = np.divide(ema, column_max, out=np.zeros_like(ema), where=column_max != 0)
    return server, validator, consensus, trust, validator_trust, permits, stored_bonds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uids", type=int, default=4096)
    parser.add_argument("--validators", type=int, default=128)
    parser.add_argument("--weights", type=int, default=None)
    parser.add_argument("--iterations", type=int, default=10)
    args = parser.parse_args()
    w = args.weights or args.uids
    stake, weights, bonds = make_subnet(args.uids, args.validators, w)
    epoch(stake, weights, bonds, args.validators)  # warm-up
    times = []
    for _ in range(args.iterations):
        start = time.perf_counter()
        epoch(stake, weights, bonds, args.validators)
        times.append((time.perf_counter() - start) * 1000)
    print(f"float-reference uids={args.uids} validators={args.validators} weights={w} "
          f"mean_ms={np.mean(times):.2f} min_ms={np.min(times):.2f} numpy={np.__version__}")


if __name__ == "__main__":
    main()
