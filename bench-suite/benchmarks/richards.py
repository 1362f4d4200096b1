"""Richards: Martin Richards' operating-system kernel simulation.  Six tasks
(idle, worker, two handlers, two devices) exchange packets through a
priority scheduler; the well-known result is queue_count=23246 and
hold_count=9297 for an idle count of 10000.

Stresses: attribute access, method calls, polymorphic dispatch (task
subclasses), linked lists of small objects, integer bit operations.
run(n) runs the standard simulation n times and returns the counts.
"""

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task(object):
    """Task control block.  Subclasses implement fn(packet)."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = queue is not None or ident != ID_IDLE
        self.held = False
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.table[ident] = self

    def held_or_suspended(self):
        if self.held:
            return True
        return self.waiting and not self.packet_pending

    def run(self):
        if self.packet_pending and self.waiting and not self.held:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        else:
            packet = None
        return self.fn(packet)

    def add_packet(self, task, packet):
        """Deliver packet to self; return the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > task.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return task


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.control = 1
        self.count = count

    def fn(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return s.release(ID_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = ID_HANDLER_A
        self.count = 0

    def fn(self, packet):
        s = self.scheduler
        if packet is None:
            return s.suspend_current()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.a1 = 0
        data = packet.a2
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = self.count
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.a1
            if count < DATA_SIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.a1 = work.a2[count]
                    work.a1 = count + 1
                    return s.queue_packet(dev)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.suspend_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.pending = None

    def fn(self, packet):
        s = self.scheduler
        if packet is None:
            pending = self.pending
            if pending is None:
                return s.suspend_current()
            self.pending = None
            return s.queue_packet(pending)
        self.pending = packet
        return s.hold_current()


class Scheduler(object):
    def __init__(self):
        self.task_list = None
        self.table = [None] * NUM_TASKS
        self.current = None
        self.current_id = 0
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.held_or_suspended():
                task = task.link
            else:
                self.current = task
                self.current_id = task.ident
                task = task.run()

    def release(self, ident):
        task = self.table[ident]
        if task is None:
            return None
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def suspend_current(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        if task is None:
            return None
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return task.add_packet(self.current, packet)


def simulate(idle_count):
    s = Scheduler()
    IdleTask(s, ID_IDLE, 0, None, idle_count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(s, ID_WORKER, 1000, work)
    work = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    work = Packet(work, ID_DEVICE_A, KIND_DEVICE)
    work = Packet(work, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_A, 2000, work)
    work = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    work = Packet(work, ID_DEVICE_B, KIND_DEVICE)
    work = Packet(work, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(s, ID_HANDLER_B, 3000, work)
    DeviceTask(s, ID_DEVICE_A, 4000, None)
    DeviceTask(s, ID_DEVICE_B, 5000, None)
    s.schedule()
    return s.queue_count, s.hold_count


QUICK = 1
DEFAULT = 20


def run(n):
    total_q = 0
    total_h = 0
    for _ in range(n):
        q, h = simulate(10000)
        if q != 23246 or h != 9297:
            raise ValueError("richards: wrong result %d %d" % (q, h))
        total_q += q
        total_h += h
    return "%d %d" % (total_q, total_h)
