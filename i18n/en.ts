<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <source>正在连接信用平台…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在恢复登录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在退出登录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取企业信息…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmCard</name>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上年营业收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纳税信用级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（身份证 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（行业代码 {code}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂无法判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}（离线，显示的是上次保存的数据）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录后，这里显示企业的基本信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法显示企业信息：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录信用平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录演示平台（数据均为虚构）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记住登录（保存在系统密码库中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一个演示账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理记账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写用户名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有连接到信用平台，请稍候再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>企业信用自助助手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示环境：当前连接的是内置演示平台，企业和数据均为虚构，提交的内容不会发送给真实的信用平台。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前企业：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法启动：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在无法连接信用平台。网络恢复后请再登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录已过期，请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · 代理记账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离线 · 数据截至 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示环境</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在线</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置演示平台（无需网络，数据为虚构）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接信用平台：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忘记已保存的登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存并重新连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位网络要求时才需要，例如 company-ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信用平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附加根证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存的登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择根证书文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书文件 (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台地址应以 https:// 或 http:// 开头，例如 https://xyxy.xinxiang.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理服务器地址应以 http:// 或 https:// 开头，例如 http://proxy:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到证书文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存，正在重新连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已忘记保存的登录，下次启动时需要重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>用户名或密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录已过期，请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到相关信息，或您无权查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该操作与平台上的现有记录冲突。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写的内容有误，请按提示修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作过于频繁，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台暂时出现故障，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台返回了无法识别的数据，请稍后再试或联系平台客服。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接到信用平台，请检查网络。已保存的数据不会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信用平台响应超时，请稍后再试。已保存的数据不会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与平台通信时出现问题。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>请填写统一社会信用代码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第1位（登记管理部门代码）应为数字1–9或字母A、N、Y。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第3–8位应为6位数字的行政区划代码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最后一位校验码不符，可能有字符输入错误，请逐位核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写身份证号码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是旧版15位身份证号码，请填写18位的新号码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号码前17位应为数字，最后一位为数字或X。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第7–14位的出生日期不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第7–14位的出生日期不合理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最后一位校验码不符，可能有数字输入错误，请逐位核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前6位地址码不在已知省份范围内，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>本机没有可用的系统密码库，无法记住登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出现意外错误，详细信息已记录在日志中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
