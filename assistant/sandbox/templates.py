"""The sandbox's commitment template catalogue: 12 matters of Xinxiang and Sanmenxia covering all seven types.

Wording follows the standard clauses published on 信用中国 and the 告知承诺 / 容缺受理 practice in the seeds
(DOMAIN.md §2). Deferred-material deadlines are set per matter by the accepting department, so each is its own.
"""

from __future__ import annotations

GENERAL = [
    "本单位（人）所提交的申请材料及相关信息合法、真实、准确、有效，不存在隐瞒、虚构、伪造等情形。",
    "本单位（人）严格遵守国家法律、法规、规章和政策规定，依法诚信经营，自觉接受行政管理部门的监督管理。",
    "本单位（人）若违背上述承诺，愿意承担相应的法律责任和失信惩戒后果，违诺失信行为将记入信用记录。",
    "本单位（人）自愿接受社会监督，同意将本承诺书在“信用中国（河南）”等信用平台共享并向社会公开。",
]
DEFERRED = "本单位（人）承诺在承诺期限内补正下列容缺受理材料，逾期未补正的，视为违诺，由受理单位依法处理。"
NOTIFY = "本单位（人）已经知晓行政机关告知的全部内容，承诺已经符合告知的条件、标准和要求，愿意承担不实承诺的法律责任。"
BREACH = (
    "如违反承诺，本单位（人）愿意接受撤销相关许可、记入信用记录并依法公开、列入重点关注对象实施重点监管等处理；"
    "以欺骗等不正当手段取得行政许可的，依照《河南省社会信用条例》第六十八条的规定承担法律责任。"
)
SIMPLIFIED_BARS = ["on_serious_dishonesty_list", "unrepaired_false_commitment"]
ORGANISATIONS = ["法人及非法人组织", "个体工商户"]


def field(key, label, kind="text", *, required=True, max_length=None, options=None, multiple=False, help=""):
    return {"key": key, "label": label, "kind": kind, "required": required, "max_length": max_length,
            "options": options or [], "multiple": multiple, "help": help}


CONTACT = [
    field("contact_name", "经办人姓名", max_length=20, help="负责办理本事项、可联系到的人。"),
    field("contact_phone", "联系电话", "phone", help="手机号码或带区号的固定电话。"),
]


def template(code, type_, title, matter, department, fields, clauses, *, materials=(), certificate=None,
             basis, publicity="可向社会公开", bars=(), applies_to=ORGANISATIONS, breach=BREACH, version=1):
    return {
        "code": code, "version": version, "type": type_, "title": title, "matter": matter,
        "department": department, "applies_to": list(applies_to), "fields": [*fields, *CONTACT],
        "content": list(clauses), "breach_liability": breach,
        "missing_materials": [{"key": k, "name": n, "due_workdays": d} for k, n, d in materials],
        "certificate_replaced": certificate, "legal_basis": basis, "publicity": publicity,
        "excluded_if": list(bars),
    }


CATALOGUE = [
    template(
        "XX-SJ-SPJY-RQ", "deficiency_acceptance", "食品经营许可容缺受理信用承诺书", "申请办理食品经营许可证",
        "新乡市市场监督管理局",
        [field("business_premises", "经营场所", max_length=100),
         field("business_items", "经营项目", "choice", options=["预包装食品销售", "散装食品销售", "热食类食品制售",
                                                             "冷食类食品制售"], multiple=True,
               help="可以选择多项。")],
        [*GENERAL[:2], "本单位（人）申请在 {field.business_premises} 从事 {field.business_items}，经营场所符合食品安全要求。",
         DEFERRED, *GENERAL[2:]],
        materials=[("safety_rules", "食品安全管理制度文本", 5), ("health_certificates", "从业人员健康证明", 10)],
        basis="《中华人民共和国食品安全法》第三十五条；《河南省社会信用条例》第三十二条；新乡市容缺受理事项清单",
        bars=SIMPLIFIED_BARS,
    ),
    template(
        "XX-ZJ-SGXK-RQ", "deficiency_acceptance", "建筑工程施工许可容缺受理信用承诺书", "申请办理建筑工程施工许可证",
        "新乡市住房和城乡建设局",
        [field("project_name", "工程名称", max_length=100), field("project_address", "工程地址", max_length=100),
         field("contract_amount", "合同价款（元）", "money")],
        [*GENERAL[:2], "本单位承诺 {field.project_name}（合同价款 {field.contract_amount} 元）已具备开工条件，施工现场符合安全生产要求。",
         DEFERRED, *GENERAL[2:]],
        materials=[("drawing_review", "施工图设计文件审查合格书", 15), ("funds_proof", "建设资金已经落实承诺及证明", 10)],
        basis="《建筑工程施工许可管理办法》第四条；《河南省社会信用条例》第三十二条",
        bars=SIMPLIFIED_BARS, applies_to=["法人及非法人组织"],
    ),
    template(
        "SMX-CG-PSXK-RQ", "deficiency_acceptance", "城镇污水排入排水管网许可容缺受理信用承诺书",
        "申请办理城镇污水排入排水管网许可证", "三门峡市城市管理局",
        [field("discharge_address", "排水户地址", max_length=100),
         field("daily_volume", "日排水量（立方米）", max_length=10)],
        [*GENERAL[:2], "本单位在 {field.discharge_address} 的排水设施已建设完成，日排水量约 {field.daily_volume} 立方米，"
         "排放水质符合国家和地方标准。", DEFERRED, *GENERAL[2:]],
        materials=[("pipe_map", "排水管网分布图", 5), ("water_test", "排水水质检测报告", 20)],
        basis="《城镇污水排入排水管网许可管理办法》第八条；《河南省社会信用条例》第三十二条",
        bars=SIMPLIFIED_BARS,
    ),
    template(
        "XX-SJ-ZSZM-GZ", "certification", "证明事项告知承诺书（住所（经营场所）使用证明）",
        "办理市场主体登记，以承诺替代住所（经营场所）使用证明", "新乡市市场监督管理局",
        [field("premises_address", "住所（经营场所）地址", max_length=100),
         field("premises_owner", "产权人", max_length=50),
         field("use_until", "使用期限至", "date")],
        [NOTIFY, "本单位（人）对 {field.premises_address} 享有合法使用权，产权人为 {field.premises_owner}，"
         "使用期限至 {field.use_until}；该场所不属于违法建筑，不存在权属纠纷。", *GENERAL],
        certificate="住所（经营场所）使用证明",
        basis="《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）；《中华人民共和国市场主体登记管理条例》",
        bars=SIMPLIFIED_BARS,
    ),
    template(
        "SMX-JT-WFZ-GZ", "certification", "证明事项告知承诺书（无犯罪记录证明）",
        "申请道路运输从业资格，以承诺替代法定代表人无犯罪记录证明", "三门峡市交通运输局",
        [field("person_name", "承诺人姓名", max_length=20),
         field("person_id", "承诺人身份证号码", "id_number", help="只用于本承诺书，打印时完整显示，请妥善保管纸件。"),
         field("qualification", "申请资格类别", "choice", options=["道路货物运输驾驶员", "道路旅客运输驾驶员",
                                                                 "危险货物道路运输从业人员"])],
        [NOTIFY, "承诺人 {field.person_name}（身份证号码 {field.person_id}）申请 {field.qualification} 从业资格，"
         "承诺本人无刑事犯罪记录，近三年内无重大以上交通责任事故。", *GENERAL],
        certificate="无犯罪记录证明",
        basis="《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）；《道路运输从业人员管理规定》",
        bars=SIMPLIFIED_BARS, applies_to=["法人及非法人组织", "个体工商户", "自然人"],
    ),
    template(
        "SMX-JT-HYYS-SP", "approval_substitution", "道路普通货物运输经营许可告知承诺书", "申请道路普通货物运输经营许可",
        "三门峡市交通运输局",
        [field("vehicle_count", "营运车辆数（辆）", max_length=6),
         field("parking_address", "停车场地地址", max_length=100)],
        [NOTIFY, "本单位拥有符合国家标准的营运车辆 {field.vehicle_count} 辆，停车场地位于 {field.parking_address}，"
         "驾驶人员均取得相应从业资格，已建立安全生产管理制度。",
         "本单位同意行政机关在许可后对承诺内容进行核查，核查发现与承诺不符的，依法撤销许可。", *GENERAL],
        basis="《中华人民共和国道路运输条例》第二十四条；《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）",
        bars=SIMPLIFIED_BARS,
    ),
    template(
        "XX-WJ-GGWS-SP", "approval_substitution", "公共场所卫生许可告知承诺书", "申请办理公共场所卫生许可证",
        "新乡市卫生健康委员会",
        [field("venue_name", "场所名称", max_length=50), field("venue_area", "营业面积（平方米）", max_length=8)],
        [NOTIFY, "{field.venue_name}（营业面积 {field.venue_area} 平方米）的卫生设施、空气质量、集中空调通风系统等"
         "符合《公共场所卫生管理条例》及国家卫生标准的要求。",
         "本单位同意行政机关在许可后进行核查，核查发现与承诺不符的，依法撤销许可。", *GENERAL],
        basis="《公共场所卫生管理条例》第八条；国发〔2021〕7号",
        bars=SIMPLIFIED_BARS,
    ),
    template(
        "HN-XYXF", "credit_repair", "信用修复承诺书", "申请信用修复（结束失信信息公示）", "“信用中国（河南）”网站",
        [field("document_no", "行政处罚决定书文号", max_length=60),
         field("decided_on", "处罚决定日期", "date"),
         field("authority", "作出决定的机关", max_length=60),
         field("correction", "整改及履行情况", "textarea", max_length=1000,
               help="写明已缴纳罚款、已整改的事项和日期。")],
        ["本单位（人）已按照 {field.authority} 作出的 {field.document_no}（{field.decided_on}）行政处罚决定全面履行"
         "法定责任和义务，整改情况如下：{field.correction}",
         "本单位（人）所提交的材料真实有效，并愿意承担违反承诺的相应责任。",
         "本单位（人）今后将严格遵守法律法规，依法诚信经营，同意本承诺书向社会公开并接受社会监督。"],
        basis="《信用修复管理办法》（国家发展改革委令第36号）第十四条、第十五条",
        breach="如提供虚假材料、作出虚假承诺，同意由认定单位撤销信用修复决定，相关信息记入信用记录并公开三年，"
        "三年内不得再次申请修复该失信信息（《信用修复管理办法》第二十五条）。",
    ),
    template(
        "XX-CY-HYZL", "industry_self_discipline", "餐饮行业诚信经营自律承诺书", "加入新乡市餐饮行业诚信经营自律公约",
        "新乡市烹饪餐饮行业协会",
        [field("member_no", "协会会员编号", required=False, max_length=20)],
        ["本单位自愿遵守《新乡市餐饮行业诚信经营自律公约》，明码标价，不使用不合格食材，不欺客宰客。",
         "本单位落实食品安全主体责任，执行进货查验和索证索票制度，厉行节约、反对餐饮浪费。",
         "本单位接受行业协会的自律管理和消费者监督，违背承诺的，同意协会予以通报并报送行业主管部门。",
         GENERAL[3]],
        basis="《中华人民共和国食品安全法》第九条；《河南省社会信用条例》第三十四条（行业协会商会信用建设）",
        breach="违背本承诺的，接受行业协会警告、通报批评、取消会员资格等自律惩戒，相关信息报送信用平台。",
    ),
    template(
        "XX-ZD-GSCN", "voluntary", "主动公示信用承诺书", "向社会主动公开作出信用承诺", "“信用中国（河南新乡）”网站",
        [field("scope", "承诺重点", "choice", options=["产品和服务质量", "合同履约", "安全生产", "依法纳税", "劳动用工"],
               multiple=True, help="可以选择多项。")],
        [*GENERAL[:2], "本单位（人）在 {field.scope} 方面作出公开承诺，接受社会各界和消费者监督。", *GENERAL[2:]],
        basis="《河南省社会信用条例》第三十四条；《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）",
        applies_to=["法人及非法人组织", "个体工商户", "自然人"],
    ),
    template(
        "SMX-YJ-AQSC", "voluntary", "安全生产主动承诺书", "向社会公开作出安全生产承诺", "三门峡市应急管理局",
        [field("responsible_person", "安全生产第一责任人", max_length=20),
         field("last_drill_on", "最近一次应急演练日期", "date", required=False)],
        ["本单位主要负责人 {field.responsible_person} 是安全生产第一责任人，承诺全面落实安全生产主体责任。",
         "本单位定期开展隐患排查治理和应急演练（最近一次：{field.last_drill_on}），从业人员经安全培训合格后上岗。",
         *GENERAL[2:]],
        basis="《中华人民共和国安全生产法》第四条、第二十一条",
    ),
    template(
        "SMX-GG-ZFCG", "other", "政府采购投标信用承诺书", "参加政府采购项目投标", "三门峡市公共资源交易中心",
        [field("project_name", "采购项目名称", max_length=100), field("project_no", "项目编号", max_length=40),
         field("bid_amount", "投标报价（元）", "money")],
        ["本单位参加 {field.project_name}（项目编号 {field.project_no}）投标，投标报价为人民币 {field.bid_amount} 元。",
         "本单位参加本次政府采购活动前三年内，在经营活动中没有重大违法记录，未被列入失信被执行人、重大税收违法失信主体、"
         "政府采购严重违法失信行为记录名单。", *GENERAL],
        basis="《中华人民共和国政府采购法》第二十二条；《中华人民共和国政府采购法实施条例》第十七条",
        publicity="特定范围内公开",
    ),
]
