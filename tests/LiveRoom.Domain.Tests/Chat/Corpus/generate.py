#!/usr/bin/env python3
"""Writes the generated part of chain-entries.tsv and mood.tsv (docs/chat.md, "Corpus").

The expected reading of every generated line comes from how it was put together (the name, the
quantity form and its value), never from running the parser. Deterministic: re-running it writes the
same files. Hand-written lines live in the *-hand.tsv files and are never overwritten.
"""
import itertools, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261208)

# Names as people display them: (name, can a glued quantity follow it, has a space inside).
NAMES = [
    ("李姐", True, False), ("🌸小雨", True, False), ("王老师", True, False), ("陳太", True, False),
    ("黃小姐", True, False), ("張媽媽", True, False), ("🍀晓晓🍀", False, False), ("☀️Lily", False, False),
    ("🌸小雨2号", False, False), ("Amy88", False, False), ("小雨123", False, False), ("520宝贝", False, False),
    ("宝妈007", False, False), ("阿May", False, False), ("Coco_Li", False, False), ("李四", False, False),
    ("三姐", True, False), ("小二", False, False), ("十一妹", True, False), ("王五", False, False),
    ("Jenny Wong", False, True), ("👩‍👧 妈妈", False, True), ("Lily Chen", False, True), ("Kiki🐱", False, False),
]

# Quantity forms after a space: (text, value).
SPACED = [
    ("1盒", 1), ("2盒", 2), ("2 盒", 2), ("两袋", 2), ("兩盒", 2), ("3 件", 3), ("1份", 1), ("x2", 2),
    ("X3", 3), ("×2", 2), ("x 2", 2), ("*2", 2), ("+2", 2), ("2個", 2), ("２盒", 2), ("３", 3), ("2", 2),
    ("3", 3), ("十二份", 12), ("三 件", 3), ("2 boxes", 2), ("2pcs", 2), ("2組", 2), ("1隻", 1),
    ("2管", 2), ("3提", 3), ("2桶", 2), ("1斤", 1), ("2箱", 2), ("4罐", 4), ("2套", 2), ("✖️2", 2),
    ("10盒", 10), ("２ 盒", 2), ("兩 組", 2), ("5支", 5), ("1張", 1), ("2條", 2), ("1雙", 1), ("2瓶", 2),
]
# Quantity forms glued to a name that ends in a CJK character.
GLUED = [("2盒", 2), ("2 盒", 2), ("×2", 2), ("两盒", 2), ("兩袋", 2), ("3件", 3), ("2個", 2), ("x2", 2)]
# Remarks after the quantity or the name; none holds a quantity.
REMARKS = ["", "", "", " 周五自提", " 自提", "，谢谢", " 🙏", " 备注:晚点付款", " 8点后付款", " 12:30自提", " 2号自提", " 週五自取"]
NUMBERING = ["{n}.", "{n}. ", "{n}、", "{n}．", "({n}) ", "（{n}）", "{n}) ", "{n}: ", "{f}．", "{f}、"]


def full(n):
    return "".join(chr(ord(c) + 0xFEE0) for c in str(n))


def number(n, body):
    numbering = rng.choice(NUMBERING).format(n=n, f=full(n))
    # "209.520宝贝" is a decimal, not entry 209: nobody can read it, so a body that starts with a
    # digit gets the space people put there.
    if body[0].isdigit() and not numbering.endswith(" "):
        numbering += " "
    return numbering + body


def entries():
    rows = []
    n = 0
    for (name, gluable, spaced), (q, v) in itertools.product(NAMES, SPACED):
        if rng.random() > 0.45:
            continue
        n += 1
        rows.append((number(n, name + " " + q + rng.choice(REMARKS)), name, v))
    for (name, gluable, spaced), (q, v) in itertools.product(NAMES, GLUED):
        if not gluable:
            continue
        n += 1
        rows.append((number(n, name + q + rng.choice(REMARKS)), name, v))
    for name, gluable, spaced in NAMES:
        if spaced:
            continue
        # No quantity: one, and the name is the first word.
        n += 1
        rows.append((number(n, name + rng.choice(REMARKS)), name, 1))
    for name, gluable, spaced in NAMES:
        if spaced or rng.random() > 0.5:
            continue
        # The quantity first: "+1 Amy", "x2 李姐", "2盒 王老师".
        q, v = rng.choice([("+1", 1), ("+2", 2), ("x2", 2), ("2盒", 2), ("兩盒", 2), ("+3", 3)])
        n += 1
        rows.append((number(n, q + " " + name + rng.choice(REMARKS)), name, v))
    return rows


# Mood: (Simplified, Traditional, expected term or None, question).
MOOD = [
    ("发货太慢了", "發貨太慢了", "太慢", False),
    ("发货太慢了，差评", "發貨太慢了，差評", "差评", False),
    ("怎么还没发货，太慢了", "怎麼還沒發貨，太慢了", "太慢", True),
    ("我要退款", "我要退款", "退款", False),
    ("还没有退款", "還沒有退款", "退款", False),
    ("退钱！", "退錢！", "退钱", False),
    ("垃圾产品", "垃圾產品", "垃圾", False),
    ("这就是骗子吧", "這就是騙子吧", "骗子", False),
    ("是不是骗子", "是不是騙子", "骗子", True),
    ("感觉是假货", "感覺是假貨", "假货", False),
    ("有没有假货", "有沒有假貨", "假货", True),
    ("上周买的还没收到", "上週買的還沒收到", "没收到", False),
    ("太贵了吧", "太貴了吧", "太贵", False),
    ("我要投诉你们", "我要投訴你們", "投诉", False),
    ("交智商税", "交智商稅", "智商税", False),
    ("又来割韭菜", "又來割韭菜", "割韭菜", False),
    ("被坑了", "被坑了", "坑", False),
    ("上当了", "上當了", "上当", False),
    ("真不靠谱", "真不靠譜", "不靠谱", False),
    ("买了就后悔", "買了就後悔", "后悔", False),
    ("用了过敏", "用了過敏", "过敏", False),
    ("三无产品吧", "三無產品吧", "三无", False),
    ("说好的赠品呢？骗人", "說好的贈品呢？騙人", "骗人", True),
    ("不是骗子，放心买", "不是騙子，放心買", None, False),
    ("没有假货，都是正品", "沒有假貨，都是正品", None, False),
    ("并非智商税", "並非智商稅", None, False),
    ("这价不算太贵", "這價不算太貴", None, False),
    ("绝不是骗子", "絕不是騙子", None, False),
    # 哪里 makes it a question although it is rhetorical: a known limit (docs/chat.md).
    ("哪里是割韭菜", "哪裡是割韭菜", None, True),
    ("不是退款，是换货", "不是退款，是換貨", None, False),
    ("好评！", "好評！", None, False),
    ("五星好评，很满意", "五星好評，很滿意", None, False),
    ("质量很好，回购了", "質量很好，回購了", None, False),
    ("群主辛苦了，点赞", "群主辛苦了，點讚", None, False),
    ("已下单，很开心", "已下單，很開心", None, False),
    ("几点开抢", "幾點開搶", None, True),
    ("怎么下单", "怎麼下單", None, True),
    ("什么时候发货", "甚麼時候發貨", None, True),
    ("什么时候发货", "什麼時候發貨", None, True),
    ("链接在哪里", "鏈接在哪裡", None, True),
    ("好用吗", "好用嗎", None, True),
    ("几号到", "幾號到", None, True),
    ("能不能便宜点", "能不能便宜點", None, True),
    ("包邮么", "包郵麼", None, True),
]
PREFIXES = ["", "", "姐妹们，", "说真的 ", "🙄", "@群主 "]
SUFFIXES = ["", "", "！", "～", "。。。", " 😡"]


def mood():
    rows = []
    for s, t, term, q in MOOD:
        for text in (s, t):
            rows.append((text, term, q))
            p, x = rng.choice(PREFIXES), rng.choice(SUFFIXES)
            # A prefix or suffix changes neither the term nor the question (none ends in 吗/呢/么).
            if x and q and text.endswith(("吗", "嗎", "么", "麼")):
                x = ""
            rows.append((p + text + x, term, q))
    return rows


def write(path, header, rows):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        f.write(header)
        for row in rows:
            f.write("\t".join(row) + "\n")


write("chain-entries.tsv",
      "// Generated by generate.py: line<TAB>name<TAB>quantity. Hand-written lines: chain-entries-hand.tsv.\n",
      [(line, name, str(v)) for line, name, v in entries()])
write("mood.tsv",
      "// Generated by generate.py: text<TAB>level (negative|calm)<TAB>term or -<TAB>question (yes|no). Hand-written: mood-hand.tsv.\n",
      [(text, "negative" if term else "calm", term or "-", "yes" if q else "no") for text, term, q in mood()])
