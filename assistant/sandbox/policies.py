"""The sandbox's 惠企政策 catalogue: 13 policies of Henan, Xinxiang and Sanmenxia, both modes (DOMAIN.md §5).

Amounts and thresholds follow the cited documents where DOMAIN.md gives them; the rest are realistic stand-ins.
"""

from __future__ import annotations

NOT_SERIOUS = {"id": "no_serious", "label": "未被列入严重失信主体名单", "fact": "on_serious_dishonesty_list",
               "op": "eq", "value": False, "legal_basis": "《河南省社会信用条例》第三十二条"}
NOT_ABNORMAL = {"id": "no_abnormal", "label": "未被列入经营异常名录", "fact": "on_abnormal_list", "op": "eq",
                "value": False}
SME = ["中型", "小型", "微型"]


def leaf(id_, label, fact, op, value=None, unit=""):
    return {"id": id_, "label": label, "fact": fact, "op": op, "value": value, "unit": unit}


def policy(id_, title, issuer, category, mode, summary, basis, window, conditions, benefit, publicity_days=5):
    return {"id": id_, "title": title, "issuer": issuer, "category": category, "mode": mode, "summary": summary,
            "legal_basis": basis, "window": {"start": window[0], "end": window[1]}, "conditions": conditions,
            "benefit": benefit, "publicity_days": publicity_days}


def fixed(amount, description):
    return {"kind": "fixed", "amount": amount, "rate": None, "base_fact": None, "cap": None,
            "description": description}


def rate(rate_, base_fact, cap, description):
    return {"kind": "rate", "amount": None, "rate": rate_, "base_fact": base_fact, "cap": cap,
            "description": description}


STABLE_JOBS = [
    leaf("insured_months", "已连续足额缴纳失业保险费满12个月", "unemployment_insurance_months", "ge", 12, "个月"),
    {"any": [leaf("layoff", "上年度裁员率不高于5.5%", "layoff_rate_last_year", "le", "5.5", "%"),
             {"all": [leaf("small_staff", "参保职工30人（含）以下", "insured_staff", "le", 30, "人"),
                      leaf("layoff_small", "裁员率不高于参保职工总数的20%", "layoff_rate_last_year", "le", "20", "%")]}]},
]
FULL_LOAD = [
    leaf("above_scale", "属于规模以上工业企业", "above_scale_industrial", "eq", True),
    leaf("power_growth", "一季度用电量高于上年同期", "electricity_q1_growth", "gt", "0", "%"),
    leaf("power_peak", "一季度月均用电量达到上年用电高峰月的80%", "electricity_q1_ratio_to_peak", "ge", "80", "%"),
]

CATALOGUE = [
    policy("hn-wengang-sme", "失业保险稳岗返还（中小微企业）", "河南省人力资源和社会保障厅", "稳岗就业", "auto",
           "按上年度实际缴纳失业保险费的60%返还，无需申请，核实后直接拨付到企业账户。",
           "《关于做好失业保险稳岗返还工作的通知》；三门峡市2025年失业保险稳岗返还实施办法",
           ("2025-01-01", "2026-12-31"),
           {"all": [*STABLE_JOBS, leaf("sme", "属于中小微企业", "enterprise_size", "in", SME), NOT_SERIOUS]},
           rate("0.6", "unemployment_insurance_paid_last_year", None, "上年度实际缴纳失业保险费的60%")),
    policy("hn-wengang-large", "失业保险稳岗返还（大型企业）", "河南省人力资源和社会保障厅", "稳岗就业", "auto",
           "按上年度实际缴纳失业保险费的30%返还。", "《关于做好失业保险稳岗返还工作的通知》",
           ("2025-01-01", "2026-12-31"),
           {"all": [*STABLE_JOBS, leaf("large", "属于大型企业", "enterprise_size", "eq", "大型"), NOT_SERIOUS]},
           rate("0.3", "unemployment_insurance_paid_last_year", None, "上年度实际缴纳失业保险费的30%")),
    policy("hn-full-load-10", "规上工业企业满负荷生产奖励", "河南省工业和信息化厅", "工业稳增长", "auto",
           "一季度用电量增长且月均用电达到上年高峰月80%的规上工业企业，奖励10万元。", "豫工信联运行〔2025〕9号",
           ("2026-04-15", "2026-12-31"), {"all": [*FULL_LOAD, NOT_SERIOUS]}, fixed("100000", "一次性奖励10万元")),
    policy("hn-full-load-20", "规上工业企业满负荷生产奖励（营收增长）", "河南省工业和信息化厅", "工业稳增长", "auto",
           "在满负荷生产基础上，一季度营业收入同比增长10%以上的，奖励20万元。", "豫工信联运行〔2025〕9号",
           ("2026-04-15", "2026-12-31"),
           {"all": [*FULL_LOAD, leaf("revenue_growth", "一季度营业收入同比增长10%以上", "revenue_q1_growth", "ge", "10",
                                     "%"), NOT_SERIOUS]},
           fixed("200000", "一次性奖励20万元")),
    policy("xx-hightech-award", "新乡市高新技术企业认定奖励", "新乡市科学技术局", "科技创新", "apply",
           "对首次认定的国家高新技术企业给予20万元奖励，需在申报期内提出申请。",
           "《新乡市支持科技创新若干政策措施》；《高新技术企业认定管理办法》（国科发火〔2016〕32号）",
           ("2026-03-01", "2026-12-20"),
           {"all": [leaf("high_tech", "已被认定为国家高新技术企业", "high_tech_enterprise", "eq", True),
                    leaf("certified", "认定时间在2025年至2026年之间", "high_tech_certified_on", "between",
                         ["2025-01-01", "2026-12-31"]),
                    leaf("xinxiang", "注册地在新乡市", "region_city", "eq", "新乡市"), NOT_SERIOUS]},
           fixed("200000", "一次性奖励20万元")),
    policy("hn-zjtx-award", "专精特新中小企业奖励", "河南省工业和信息化厅", "科技创新", "apply",
           "对新认定的省级专精特新中小企业给予一次性奖励。", "《河南省促进中小企业“专精特新”发展实施方案》",
           ("2026-01-01", "2026-12-31"),
           {"all": [leaf("zjtx", "被认定为专精特新中小企业", "specialized_sme", "eq", True),
                    leaf("sme", "属于中小微企业", "enterprise_size", "in", SME), NOT_SERIOUS]},
           fixed("100000", "一次性奖励10万元")),
    policy("hn-xyd-subsidy", "纳税信用A级企业“信易贷”贴息", "河南省发展和改革委员会", "金融支持", "auto",
           "纳税信用A级企业通过“信易贷”平台获得的贷款，按上年实际支付利息的30%贴息，最高20万元。",
           "《河南省社会信用条例》第二十九条；河南省“信易贷”工作实施方案", ("2026-01-01", "2026-12-31"),
           {"all": [leaf("tax_a", "纳税信用级别为A级", "tax_credit_level", "eq", "A"),
                    leaf("interest", "有“信易贷”贷款付息记录", "loan_interest_paid_last_year", "exists"),
                    NOT_SERIOUS, NOT_ABNORMAL]},
           rate("0.3", "loan_interest_paid_last_year", "200000", "上年实际支付利息的30%，最高20万元")),
    policy("hn-first-above-scale", "首次升规奖励", "河南省工业和信息化厅", "工业稳增长", "auto",
           "2025年首次纳入规模以上统计的工业企业，奖励10万元。", "《河南省支持企业升规入统若干措施》",
           ("2026-01-01", "2026-12-31"),
           {"all": [leaf("above_scale", "属于规模以上工业企业", "above_scale_industrial", "eq", True),
                    leaf("first_year", "2025年首次升规入统", "first_above_scale_year", "eq", 2025), NOT_SERIOUS]},
           fixed("100000", "一次性奖励10万元")),
    policy("xx-rd-subsidy", "企业研发费用后补助", "新乡市科学技术局", "科技创新", "apply",
           "按上年研发费用的10%给予后补助，最高50万元。", "《新乡市企业研发费用后补助实施细则》",
           ("2026-05-01", "2026-12-31"),
           {"all": [{"any": [leaf("tag_hightech", "是高新技术企业", "tags", "contains", "高新技术企业"),
                             leaf("tag_tech_sme", "是科技型中小企业", "tags", "contains", "科技型中小企业")]},
                    leaf("rd_expense", "上年研发费用不少于100万元", "rd_expense_last_year", "ge", "1000000", "元"),
                    NOT_SERIOUS]},
           rate("0.1", "rd_expense_last_year", "500000", "上年研发费用的10%，最高50万元")),
    policy("hn-sme-employment", "小微企业吸纳就业社保补贴", "河南省人力资源和社会保障厅", "稳岗就业", "apply",
           "小微企业新招用就业困难人员或高校毕业生并缴纳社保的，给予一次性补贴。",
           "《河南省就业补助资金管理办法》", ("2026-01-01", "2026-12-31"),
           {"all": [leaf("small", "属于小型或微型企业", "enterprise_size", "in", ["小型", "微型"]),
                    leaf("new_hires", "上年新招用并参保至少1人", "new_hires_last_year", "ge", 1, "人"),
                    NOT_ABNORMAL]},
           fixed("10000", "一次性补贴1万元")),
    policy("smx-ind-relief", "三门峡市个体工商户纾困补贴", "三门峡市市场监督管理局", "纾困帮扶", "auto",
           "正常经营、纳税信用良好的个体工商户，每户补贴3000元，直接发放。", "《三门峡市个体工商户纾困帮扶措施》",
           ("2026-06-01", "2026-12-31"),
           {"all": [leaf("individual", "属于个体工商户", "kind", "eq", "个体工商户"),
                    leaf("sanmenxia", "注册地在三门峡市", "region_city", "eq", "三门峡市"),
                    leaf("tax_ok", "纳税信用为A、B或M级", "tax_credit_level", "in", ["A", "B", "M"]), NOT_ABNORMAL]},
           fixed("3000", "每户3000元")),
    policy("hn-coop-demo", "农民专业合作社示范社奖补", "河南省农业农村厅", "乡村振兴", "apply",
           "县级以上示范社可申请一次性奖补。", "《河南省农民专业合作社示范社评定及监测办法》",
           ("2026-03-01", "2026-12-31"),
           {"all": [leaf("coop", "属于农民专业合作社", "kind", "eq", "农民专业合作社"),
                    leaf("demo", "是县级以上示范社", "tags", "contains", "县级示范社"), NOT_SERIOUS]},
           fixed("50000", "一次性奖补5万元")),
    policy("hightech-precheck", "高新技术企业认定条件自查", "科学技术部 财政部 国家税务总局", "科技创新", "apply",
           "对照认定条件自查，认定后减按15%的税率缴纳企业所得税。", "《高新技术企业认定管理办法》（国科发火〔2016〕32号）第十一条",
           ("2026-01-01", "2026-12-31"),
           {"all": [leaf("registered", "注册成立满一年", "established_on", "years_since_at_least", 1, "年"),
                    leaf("rd_staff", "科技人员占职工总数不低于10%", "rd_staff_ratio", "ge", "10", "%"),
                    {"any": [{"all": [leaf("rev_small", "近一年销售收入5000万元以下", "revenue_last_year", "le",
                                           "50000000", "元"),
                                      leaf("rd_5", "研发费用占销售收入不低于5%", "rd_expense_ratio", "ge", "5", "%")]},
                             {"all": [leaf("rev_mid", "近一年销售收入2亿元以下", "revenue_last_year", "le", "200000000",
                                           "元"),
                                      leaf("rd_4", "研发费用占销售收入不低于4%", "rd_expense_ratio", "ge", "4", "%")]},
                             {"all": [leaf("rev_big", "近一年销售收入超过2亿元", "revenue_last_year", "gt", "200000000",
                                           "元"),
                                      leaf("rd_3", "研发费用占销售收入不低于3%", "rd_expense_ratio", "ge", "3", "%")]}]},
                    leaf("ht_revenue", "高新技术产品收入占总收入不低于60%", "high_tech_revenue_ratio", "ge", "60", "%"),
                    leaf("no_accident", "近一年无重大安全、质量事故或严重环境违法", "major_incident_last_year", "eq",
                         False)]},
           fixed("0", "认定后减按15%税率征收企业所得税（按年测算）")),
]
