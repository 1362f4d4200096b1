# Uncaught AssertionError with a formatted message.
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"insufficient funds: balance={balance}, amount={amount}"
    return balance - amount


balance = 100
history = []
for amount in (30, 50, 40):
    print("withdrawing", amount)
    balance = withdraw(balance, amount)
    history.append(amount)
    print("balance", balance, "history", history)
print("not reached")
