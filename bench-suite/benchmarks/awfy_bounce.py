"""AWFY Bounce: 100 balls with pseudo-random positions and velocities
(AWFY's 16-bit LCG) bounce inside a 500 x 500 box for 50 steps; the number
of wall bounces is counted (1331 per step).

Stresses: attribute reads and writes on small objects, integer arithmetic,
abs(), method calls.
run(n) performs n steps and returns the total number of bounces.
"""


class AwfyRandom(object):
    """The Are-We-Fast-Yet 16-bit linear congruential generator."""

    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


class Ball(object):
    def __init__(self, rnd):
        self.x = rnd.next() % 500
        self.y = rnd.next() % 500
        self.x_vel = (rnd.next() % 300) - 150
        self.y_vel = (rnd.next() % 300) - 150

    def bounce(self):
        x_limit = 500
        y_limit = 500
        bounced = False
        self.x += self.x_vel
        self.y += self.y_vel
        if self.x > x_limit:
            self.x = x_limit
            self.x_vel = 0 - abs(self.x_vel)
            bounced = True
        if self.x < 0:
            self.x = 0
            self.x_vel = abs(self.x_vel)
            bounced = True
        if self.y > y_limit:
            self.y = y_limit
            self.y_vel = 0 - abs(self.y_vel)
            bounced = True
        if self.y < 0:
            self.y = 0
            self.y_vel = abs(self.y_vel)
            bounced = True
        return bounced


def benchmark():
    rnd = AwfyRandom()
    balls = [Ball(rnd) for _ in range(100)]
    bounces = 0
    for _ in range(50):
        for ball in balls:
            if ball.bounce():
                bounces += 1
    return bounces


QUICK = 60
DEFAULT = 600


def run(n):
    total = 0
    for _ in range(n):
        b = benchmark()
        if b != 1331:
            raise RuntimeError("bounce: wrong bounce count %d" % b)
        total += b
    return total
