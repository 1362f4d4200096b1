"""AWFY Towers: Towers of Hanoi with 13 discs, each pile a linked list of
disc objects; every move checks that no larger disc goes on a smaller one.
8191 moves per solve.

Stresses: recursion, small-object allocation, attribute access, list of
piles indexed by int.
run(n) solves the puzzle n times and returns the total number of moves.
"""


class Disk(object):
    def __init__(self, size):
        self.size = size
        self.next = None


class Towers(object):
    def __init__(self):
        self.piles = None
        self.moves_done = 0

    def push_disk(self, disk, pile):
        top = self.piles[pile]
        if top is not None and disk.size >= top.size:
            raise RuntimeError("cannot put a big disk on a smaller one")
        disk.next = top
        self.piles[pile] = disk

    def pop_disk_from(self, pile):
        top = self.piles[pile]
        if top is None:
            raise RuntimeError("attempting to remove a disk from an empty pile")
        self.piles[pile] = top.next
        top.next = None
        return top

    def move_top_disk(self, from_pile, to_pile):
        self.push_disk(self.pop_disk_from(from_pile), to_pile)
        self.moves_done += 1

    def build_tower_at(self, pile, disks):
        i = disks
        while i >= 0:
            self.push_disk(Disk(i), pile)
            i -= 1

    def move_disks(self, disks, from_pile, to_pile):
        if disks == 1:
            self.move_top_disk(from_pile, to_pile)
        else:
            other = 3 - from_pile - to_pile
            self.move_disks(disks - 1, from_pile, other)
            self.move_top_disk(from_pile, to_pile)
            self.move_disks(disks - 1, other, to_pile)

    def benchmark(self):
        self.piles = [None, None, None]
        self.build_tower_at(0, 13)
        self.moves_done = 0
        self.move_disks(13, 0, 1)
        return self.moves_done


QUICK = 20
DEFAULT = 300


def run(n):
    total = 0
    for _ in range(n):
        moves = Towers().benchmark()
        if moves != 8191:
            raise RuntimeError("towers: wrong move count %d" % moves)
        total += moves
    return total
