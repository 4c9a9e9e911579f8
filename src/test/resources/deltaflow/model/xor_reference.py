#!/usr/bin/python3
"""Reference numbers for XorMiniBatchTest, computed outside deltaflow with plain arithmetic.

The xor scenario (assets/scenarios/xor.json): 2-2-1, sigmoid everywhere, squared cost C^r = 1/2 (y - yhat)^2,
R = 4 examples, learning rate 1, biases trained. Each example's gradients are written out by the chain rule by
hand for this one network shape (no loops over layers, no matrices), then averaged; the mean gradients are also
checked here against central differences of C = 1/R sum_r C^r with Python's decimal module at 50 digits.
Run: /usr/bin/python3 xor_reference.py
"""
import math
from decimal import Decimal, getcontext

W1 = [[0.8, -0.6], [-0.7, 0.9]]
B1 = [-0.25, 0.1]
W2 = [1.2, 1.1]
B2 = -0.5
EXAMPLES = [((0, 0), 0), ((0, 1), 1), ((1, 0), 1), ((1, 1), 0)]
ETA = 1.0
R = len(EXAMPLES)


def sig(z):
    return 1 / (1 + math.exp(-z))


def one_example(x, t):
    h1 = sig(W1[0][0] * x[0] + W1[0][1] * x[1] + B1[0])
    h2 = sig(W1[1][0] * x[0] + W1[1][1] * x[1] + B1[1])
    y = sig(W2[0] * h1 + W2[1] * h2 + B2)
    cost = 0.5 * (y - t) ** 2
    # dC/dy = y - t; dy/dz2 = y(1 - y)
    dz2 = (y - t) * y * (1 - y)
    # dC/dz1_i = dz2 * w2_i * h_i(1 - h_i)
    dz11 = dz2 * W2[0] * h1 * (1 - h1)
    dz12 = dz2 * W2[1] * h2 * (1 - h2)
    grads = {
        "w1_11": dz11 * x[0], "w1_12": dz11 * x[1], "w1_21": dz12 * x[0], "w1_22": dz12 * x[1],
        "b1_1": dz11, "b1_2": dz12,
        "w2_11": dz2 * h1, "w2_12": dz2 * h2, "b2_1": dz2,
    }
    return y, cost, grads


getcontext().prec = 50


def dsig(z):
    return 1 / (1 + (-z).exp())


def total_cost_decimal(p):
    s = Decimal(0)
    for x, t in EXAMPLES:
        x = [Decimal(v) for v in x]
        h1 = dsig(p["w1_11"] * x[0] + p["w1_12"] * x[1] + p["b1_1"])
        h2 = dsig(p["w1_21"] * x[0] + p["w1_22"] * x[1] + p["b1_2"])
        y = dsig(p["w2_11"] * h1 + p["w2_12"] * h2 + p["b2_1"])
        s += (y - Decimal(t)) ** 2 / 2
    return s / R


params = {"w1_11": W1[0][0], "w1_12": W1[0][1], "w1_21": W1[1][0], "w1_22": W1[1][1], "b1_1": B1[0], "b1_2": B1[1],
          "w2_11": W2[0], "w2_12": W2[1], "b2_1": B2}
results = [one_example(x, t) for x, t in EXAMPLES]
for r, (y, c, _) in enumerate(results, 1):
    print(f"example {r}: y = {y!r}  C^r = {c!r}")
print(f"C = {sum(c for _, c, _ in results) / R!r}")
decimal_params = {k: Decimal(repr(v)) for k, v in params.items()}
h = Decimal("1e-20")
for k in params:
    mean = sum(g[k] for _, _, g in results) / R
    plus, minus = dict(decimal_params), dict(decimal_params)
    plus[k] += h
    minus[k] -= h
    central = (total_cost_decimal(plus) - total_cost_decimal(minus)) / (2 * h)
    assert abs(float(central) - mean) < 1e-15, (k, central, mean)
    per_example = ", ".join(repr(g[k]) for _, _, g in results)
    print(f"{k}: dC^r = [{per_example}]  mean dC = {mean!r}  updated = {params[k] - ETA * mean!r}")
