# Uncaught AttributeError on a user-defined instance.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("dana")
print(acct.owner, acct.deposit(50), acct.deposit(25))
print("balance:", acct.balance)
print("history:", acct.transactions)
