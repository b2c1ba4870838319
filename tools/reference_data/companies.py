"""Companies that supply-chain and labour-rights news names most, hand-curated.

Names as the companies write them on their own corporate sites (investor and "about us"
pages), with the short forms news uses. Only names that are nothing else: "Mars", "Target",
"Gap", "Shell", "Apple" or "Amazon" name a planet, a word or a river as often, so those firms
appear only under a longer form ("Mars Wrigley", "Mars, Incorporated"); a name with its legal form
("Apple Inc.") is read by shape (kg/extract/companies.py). A row is (slug, label, alt labels).
"""

from __future__ import annotations

NOTES = [
    "Companies often named in supply-chain and labour-rights news (cocoa, garments, electronics",
    "and minerals, seafood, palm oil, retail), by the names on their corporate sites; names that",
    "are also common words are left out. Hand-curated in tools/reference_data/companies.py.",
]

COMPANIES: list[tuple[str, str, str]] = [
    # cocoa, coffee and food
    ("nestle", "Nestlé", "Nestle|Nestlé S.A.|Nestle S.A."),
    ("unilever", "Unilever", "Unilever plc|Unilever PLC"),
    ("cargill", "Cargill", "Cargill Inc.|Cargill, Incorporated"),
    ("mondelez", "Mondelēz International", "Mondelez International|Mondelez|Mondelēz"),
    ("hershey", "The Hershey Company", "Hershey Company|Hershey’s|Hershey's"),
    ("barry-callebaut", "Barry Callebaut", "Barry Callebaut AG|Barry Callebaut Group"),
    ("olam", "Olam Group", "Olam International|Olam"),
    ("ferrero", "Ferrero", "Ferrero Group"),
    ("mars", "Mars, Incorporated", "Mars Wrigley|Mars Inc.|Mars Incorporated"),
    ("lindt", "Lindt & Sprüngli", "Lindt"),
    ("tonys-chocolonely", "Tony’s Chocolonely", "Tony's Chocolonely"),
    ("pepsico", "PepsiCo", ""),
    ("kraft-heinz", "Kraft Heinz", "Kraft Foods|The Kraft Heinz Company"),
    ("danone", "Danone", ""),
    ("adm", "Archer Daniels Midland", ""),  # not "ADM": an assistant deputy minister too
    ("coca-cola", "The Coca-Cola Company", "Coca-Cola Company|Coca-Cola"),
    ("starbucks", "Starbucks", "Starbucks Corporation"),
    ("jde-peets", "JDE Peet’s", "JDE Peet's"),
    # seafood and palm oil
    ("thai-union", "Thai Union Group", "Thai Union|Thai Union Group PCL"),
    ("cp-foods", "Charoen Pokphand Foods", "CP Foods|Charoen Pokphand"),
    ("wilmar", "Wilmar International", ""),  # not "Wilmar": a given name too
    ("sime-darby", "SD Guthrie", "Sime Darby Plantation"),  # renamed in 2024
    ("fgv", "FGV Holdings", "FGV Holdings Berhad"),
    ("ioi", "IOI Corporation", "IOI Corporation Berhad"),
    ("golden-agri", "Golden Agri-Resources", ""),
    # garments, footwear and retail
    ("hm", "H&M Group", "H&M|Hennes & Mauritz"),
    ("inditex", "Inditex", "Industria de Diseño Textil"),
    ("primark", "Primark", ""),
    ("nike", "Nike", "Nike, Inc.|Nike Inc."),
    ("adidas", "Adidas", "adidas|Adidas AG"),
    ("fast-retailing", "Fast Retailing", "Uniqlo|UNIQLO"),
    ("walmart", "Walmart", "Walmart Inc.|Wal-Mart"),
    ("tesco", "Tesco", "Tesco plc|Tesco PLC"),
    ("carrefour", "Carrefour", "Carrefour Group"),
    ("marks-and-spencer", "Marks & Spencer", "Marks and Spencer|M&S"),
    ("levi-strauss", "Levi Strauss & Co.", "Levi Strauss"),
    ("pvh", "PVH Corp.", "PVH"),
    ("shein", "Shein", "SHEIN"),
    ("temu", "Temu", ""),
    ("c-and-a", "C&A", ""),
    ("abercrombie-fitch", "Abercrombie & Fitch", ""),
    ("sainsburys", "Sainsbury’s", "Sainsbury's|J Sainsbury"),
    ("decathlon", "Decathlon", ""),
    ("lidl", "Lidl", ""),
    ("aldi", "Aldi", "ALDI"),
    ("ikea", "IKEA", "Ikea"),
    ("ahold-delhaize", "Ahold Delhaize", ""),
    ("puma", "Puma", "PUMA"),
    ("ben-and-jerrys", "Ben & Jerry’s", "Ben & Jerry's"),
    # electronics, cars and minerals
    ("samsung", "Samsung Electronics", "Samsung"),
    ("huawei", "Huawei", "Huawei Technologies"),
    ("microsoft", "Microsoft", "Microsoft Corporation"),
    ("glencore", "Glencore", "Glencore plc"),
    ("volkswagen", "Volkswagen Group", "Volkswagen|Volkswagen AG"),
    ("bmw", "BMW Group", "BMW"),
    ("mercedes-benz", "Mercedes-Benz Group", "Mercedes-Benz"),  # not "Daimler": Daimler Truck is another firm
    ("foxconn", "Foxconn", "Hon Hai Precision Industry|Hon Hai"),
    ("sony", "Sony Group", "Sony"),
    ("dell", "Dell Technologies", ""),  # not "Dell": a family name too
    ("rio-tinto", "Rio Tinto", ""),
    ("bhp", "BHP", "BHP Group"),
    ("anglo-american", "Anglo American", "Anglo American plc"),
    ("trafigura", "Trafigura", ""),
    ("huayou-cobalt", "Zhejiang Huayou Cobalt", "Huayou Cobalt"),
    ("catl", "CATL", "Contemporary Amperex Technology"),
    # banks that climate and supply-chain finance news names
    ("hsbc", "HSBC", "HSBC Holdings"),
    ("citi", "Citigroup", "Citi"),
    ("standard-chartered", "Standard Chartered", ""),
    ("mufg", "MUFG", "Mitsubishi UFJ Financial Group"),
    ("bank-of-america", "Bank of America", ""),
    ("jpmorgan", "JPMorgan Chase", "JPMorgan|J.P. Morgan"),
    ("barclays", "Barclays", ""),
    ("deutsche-bank", "Deutsche Bank", ""),
    ("bnp-paribas", "BNP Paribas", ""),
    ("goldman-sachs", "Goldman Sachs", ""),
]


def nodes(Node, Ref) -> list:
    base = "https://w3id.org/policy-kg/id/org/"
    out = []
    for slug, label, alts in COMPANIES:
        node = Node(base + "company-" + slug)
        node.add("a", Ref("pko:Organization"))
        node.add("rdfs:label", label)
        node.add("skos:altLabel", *[a for a in alts.split("|") if a and a != label])
        out.append(node)
    return out
