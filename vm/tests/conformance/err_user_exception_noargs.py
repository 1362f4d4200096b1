# Uncaught user-defined exception raised without arguments (class only).
class StateError(Exception):
    """Raised when the machine is in an invalid state."""


transitions = {"idle": "running", "running": "stopped"}
state = "idle"
steps = 0
while True:
    print("state:", state)
    if state not in transitions:
        raise StateError
    state = transitions[state]
    steps += 1
    print("steps taken:", steps)
