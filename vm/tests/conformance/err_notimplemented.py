# Uncaught NotImplementedError from an abstract-style base method.
class Exporter:
    def export(self, rows):
        header = self.header()
        return [header] + [self.format_row(r) for r in rows]

    def header(self):
        return "data"

    def format_row(self, row):
        raise NotImplementedError("subclasses must implement format_row")


class CsvExporter(Exporter):
    def format_row(self, row):
        return ",".join(str(x) for x in row)


rows = [(1, 2), (3, 4)]
print(CsvExporter().export(rows))
print("now using the base class directly")
print(Exporter().export(rows))
