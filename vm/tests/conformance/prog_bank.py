# Bank account simulation with classes, exceptions, transaction log and interest.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent
    def add_interest(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 1000, 5)
carol = bank.open(Account, "carol")
ops = [("transfer", alice, bob, 30), ("transfer", bob, carol, 500), ("transfer", carol, alice, 600),
       ("deposit", carol, 0), ("interest", bob), ("transfer", alice, carol, 70)]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "deposit":
            op[1].deposit(op[2])
        else:
            print("interest paid:", op[1].add_interest())
        print("ok  ", op[0], list(bank.accounts.values()))
    except InsufficientFunds as e:
        print("FAIL", e)
    except ValueError as e:
        print("FAIL", type(e).__name__, e)
print("total:", bank.total())
for acct in bank.accounts.values():
    print(acct.owner, acct.log)
print(isinstance(bob, Account), type(bob).__name__, Account.next_id)
