<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>内置演示平台（数据均为虚构）</source>
        <translation>Built-in demo platform (fictional data)</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>企业信用自助助手</source>
        <translation>Enterprise Credit Self-Service Assistant</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>System</translation>
    </message>
    <message>
        <source>信用平台</source>
        <translation>Credit platform</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>日志文件夹</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>导出诊断信息…</source>
        <translation>Export diagnostics…</translation>
    </message>
    <message>
        <source>诊断信息</source>
        <translation>diagnostics</translation>
    </message>
    <message>
        <source>导出诊断信息</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <source>ZIP 压缩文件 (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出到 {path}。其中没有密码和登录凭证，可以发给技术支持。</source>
        <translation>Exported to {path}. It contains no passwords or sign-in credentials and can be sent to support.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>正在连接信用平台…</source>
        <translation>Connecting to the credit platform…</translation>
    </message>
    <message>
        <source>正在恢复登录…</source>
        <translation>Restoring your sign-in…</translation>
    </message>
    <message>
        <source>本机没有可用的系统密码库，本次登录不会被记住，下次需要重新登录。</source>
        <translation>This computer has no usable system keyring, so this sign-in will not be remembered; you will need to sign in again next time.</translation>
    </message>
    <message>
        <source>正在退出登录…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <source>正在读取企业信息…</source>
        <translation>Loading the firm&apos;s details…</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>信用承诺</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>新建承诺书…</source>
        <translation>New letter…</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>补交材料…</source>
        <translation>Supply materials…</translation>
    </message>
    <message>
        <source>查看承诺书</source>
        <translation>View letter</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>重新发送</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>承诺书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>承诺事由</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>最后保存</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>承诺编码</source>
        <translation>Commitment code</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>待补交材料及期限</source>
        <translation>Materials owed and deadlines</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>待发送</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>发送中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>全部履行</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>违诺（已记入信用记录）</source>
        <translation>Breached (recorded in the credit record)</translation>
    </message>
    <message>
        <source>失败：{reason}</source>
        <translation>Failed: {reason}</translation>
    </message>
    <message>
        <source>（{reason}）</source>
        <translation> ({reason})</translation>
    </message>
    <message>
        <source>（预计）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>已补交</source>
        <translation>supplied</translation>
    </message>
    <message>
        <source>{date}前</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>草稿（{count}）</source>
        <translation>Drafts ({count})</translation>
    </message>
    <message>
        <source>已提交（{count}）</source>
        <translation>Submitted ({count})</translation>
    </message>
    <message>
        <source>现在无法连接信用平台，已提交的承诺暂时无法显示；草稿可以照常填写。</source>
        <translation>The credit platform cannot be reached, so submitted commitments cannot be shown right now; drafts work as usual.</translation>
    </message>
    <message>
        <source>离线：已提交的承诺显示的是 {time} 的数据。</source>
        <translation>Offline: submitted commitments are shown as of {time}.</translation>
    </message>
    <message>
        <source>注意：本企业{reasons}，不能适用告知承诺和容缺受理，只能办理其他类型的承诺。</source>
        <translation>Note: this firm is barred ({reasons}) from notification-commitment and deficiency acceptance; only other kinds of commitment are open to it.</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>确定删除草稿“{title}”吗？删除后无法恢复。</source>
        <translation>Delete the draft “{title}”? This cannot be undone.</translation>
    </message>
    <message>
        <source>撤回承诺</source>
        <translation>Withdraw commitment</translation>
    </message>
    <message>
        <source>确定撤回“{title}”（{code}）吗？撤回后这份承诺作废，不能恢复；如仍需办理，要重新填写提交。</source>
        <translation>Withdraw “{title}” ({code})? A withdrawn commitment is void and cannot be restored; to go ahead with the matter you will have to fill in and submit a new one.</translation>
    </message>
    <message>
        <source>本机没有这份承诺书的模板，请联网后再试。</source>
        <translation>This letter&apos;s template is not on this computer. Please try again when online.</translation>
    </message>
    <message>
        <source>打印后请法定代表人签字、加盖公章。</source>
        <translation>After printing, the legal representative signs it and the firm&apos;s seal is added.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>填写信用承诺书</source>
        <translation>Fill in the commitment letter</translation>
    </message>
    <message>
        <source>签署前请知悉违诺责任：{text}</source>
        <translation>Before signing, know the liability for breach: {text}</translation>
    </message>
    <message>
        <source>签字人（法定代表人） *</source>
        <translation>Signed by (legal representative) *</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>转到新版本</source>
        <translation>Move to the new version</translation>
    </message>
    <message>
        <source>平台已更新这份承诺书（第{old}版 → 第{new}版）。提交前请把内容转到新版本并核对。</source>
        <translation>The platform has replaced this letter (version {old} → {new}). Move your text to the new version and check it before submitting.</translation>
    </message>
    <message>
        <source>已转到新版本。新版本没有这些项，内容未转入：{fields}</source>
        <translation>Moved to the new version. The new version has no place for: {fields}</translation>
    </message>
    <message>
        <source>已转到新版本，请重新打开核对。</source>
        <translation>Moved to the new version. Please reopen it and check.</translation>
    </message>
    <message>
        <source>还有 {count} 处需要修改，已用红字标出。</source>
        <translation>{count} item(s) still need correcting; they are marked in red.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>保存失败：{reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
    <message>
        <source>已自动保存 {time}</source>
        <translation>Saved automatically at {time}</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>打印后请法定代表人签字、加盖公章。</source>
        <translation>After printing, the legal representative signs it and the firm&apos;s seal is added.</translation>
    </message>
    <message>
        <source>已放入待发送，联网后会自动提交，只会提交一次。</source>
        <translation>Queued. It is submitted automatically when online, and only once.</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>例如 2026-11-21</source>
        <translation>e.g. 2026-11-21</translation>
    </message>
    <message>
        <source>例如 12345.60</source>
        <translation>e.g. 12345.60</translation>
    </message>
    <message>
        <source>例如 13803731234 或 0373-1234567</source>
        <translation>e.g. 13803731234 or 0373-1234567</translation>
    </message>
    <message>
        <source>18位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>18位身份证号码</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <source>例如 2026-11-21、2026年11月21日</source>
        <translation>e.g. 2026-11-21</translation>
    </message>
    <message>
        <source>日历…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>请选择…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>FirmCard</name>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>组织形式</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>企业规模</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>上年营业收入</source>
        <translation>Revenue last year</translation>
    </message>
    <message>
        <source>纳税信用级别</source>
        <translation>Tax credit level</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <source>{name}（身份证 {id}）</source>
        <translation>{name} (ID {id})</translation>
    </message>
    <message>
        <source>{name}（行业代码 {code}）</source>
        <translation>{name} (industry code {code})</translation>
    </message>
    <message>
        <source>大型企业</source>
        <translation>Large enterprise</translation>
    </message>
    <message>
        <source>中型企业</source>
        <translation>Medium-sized enterprise</translation>
    </message>
    <message>
        <source>小型企业</source>
        <translation>Small enterprise</translation>
    </message>
    <message>
        <source>微型企业</source>
        <translation>Micro enterprise</translation>
    </message>
    <message>
        <source>暂无法判断</source>
        <translation>Cannot be determined yet</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{time}（离线，显示的是上次保存的数据）</source>
        <translation>{time} (offline: showing the last saved data)</translation>
    </message>
</context>
<context>
    <name>FulfilDialog</name>
    <message>
        <source>（预计）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>补交材料</source>
        <translation>Supply materials</translation>
    </message>
    <message>
        <source>{title}（承诺编码 {code}）：请为每项材料选择 PDF、JPG、PNG 或 OFD 文件，每个不超过10MB。</source>
        <translation>{title} (commitment code {code}): choose a PDF, JPG, PNG or OFD file for each material, up to 10 MB each.</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>未选择</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>上传</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>选择材料文件</source>
        <translation>Choose a material file</translation>
    </message>
    <message>
        <source>材料文件 (*.pdf *.jpg *.jpeg *.png *.ofd)</source>
        <translation>Material files (*.pdf *.jpg *.jpeg *.png *.ofd)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>请至少选择一个文件。</source>
        <translation>Please choose at least one file.</translation>
    </message>
    <message>
        <source>正在上传…</source>
        <translation>Uploading…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>自上次查看以来，新发现 {count} 项可享受的政策：{titles}</source>
        <translation>Since your last visit, {count} new benefit(s) you qualify for: {titles}</translation>
    </message>
    <message>
        <source>查看惠企政策</source>
        <translation>See the benefits</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>登录后，这里显示企业的基本信息。</source>
        <translation>Sign in to see your firm&apos;s details here.</translation>
    </message>
    <message>
        <source>无法显示企业信息：{reason}</source>
        <translation>Cannot show the firm&apos;s details: {reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录信用平台</source>
        <translation>Sign in to the credit platform</translation>
    </message>
    <message>
        <source>登录演示平台（数据均为虚构）</source>
        <translation>Sign in to the demo platform (all data is fictional)</translation>
    </message>
    <message>
        <source>演示账号</source>
        <translation>Demo account</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>记住登录（保存在系统密码库中）</source>
        <translation>Remember me (kept in the system keyring)</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>选择一个演示账号…</source>
        <translation>Choose a demo account…</translation>
    </message>
    <message>
        <source>代理记账</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>请填写用户名和密码。</source>
        <translation>Please enter your username and password.</translation>
    </message>
    <message>
        <source>还没有连接到信用平台，请稍候再试。</source>
        <translation>Not connected to the credit platform yet. Please try again in a moment.</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>企业信用自助助手</source>
        <translation>Enterprise Credit Self-Service Assistant</translation>
    </message>
    <message>
        <source>演示环境：当前连接的是内置演示平台，企业和数据均为虚构，提交的内容不会发送给真实的信用平台。</source>
        <translation>Demo: you are connected to the built-in demo platform. Firms and data are fictional, and nothing you submit reaches a real credit platform.</translation>
    </message>
    <message>
        <source>当前企业：</source>
        <translation>Firm:</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>当前页面的帮助（F1）</source>
        <translation>Help for this page (F1)</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>无法启动：{reason}</source>
        <translation>Cannot start: {reason}</translation>
    </message>
    <message>
        <source>现在无法连接信用平台。网络恢复后请再登录。</source>
        <translation>The credit platform cannot be reached right now. Please sign in once the network is back.</translation>
    </message>
    <message>
        <source>登录已过期，请重新登录。</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>{name} · 代理记账</source>
        <translation>{name} · Accountant</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>离线 · 数据截至 {time}</source>
        <translation>Offline · data as of {time}</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>演示环境</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <source>新建信用承诺书</source>
        <translation>New commitment letter</translation>
    </message>
    <message>
        <source>搜索事项，例如 食品经营、施工许可</source>
        <translation>Search matters (in Chinese), e.g. food business or construction permit</translation>
    </message>
    <message>
        <source>开始填写</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>审批替代型</source>
        <translation>Approval substitution</translation>
    </message>
    <message>
        <source>容缺受理型</source>
        <translation>Deficiency acceptance</translation>
    </message>
    <message>
        <source>证明事项型</source>
        <translation>Certificate replacement</translation>
    </message>
    <message>
        <source>信用修复型</source>
        <translation>Credit repair</translation>
    </message>
    <message>
        <source>行业自律型</source>
        <translation>Industry self-discipline</translation>
    </message>
    <message>
        <source>主动型</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>没有找到符合条件的事项。</source>
        <translation>No matching matter found.</translation>
    </message>
    <message>
        <source>本企业{reasons}，依照《河南省社会信用条例》第三十二条，不能适用告知承诺或容缺受理，请按一般程序提交完整材料。</source>
        <translation>This firm is barred ({reasons}) from notification-commitment and deficiency acceptance (Henan Social Credit Regulations, Art. 32). Please apply through the ordinary procedure with complete materials.</translation>
    </message>
    <message>
        <source>这份承诺书不适用于“{category}”。</source>
        <translation>This letter does not apply to “{category}”.</translation>
    </message>
    <message>
        <source>承诺事由：{matter}
受理单位：{department}</source>
        <translation>Matter: {matter}
Accepted by: {department}</translation>
    </message>
    <message>
        <source>可以后补的材料：{materials}</source>
        <translation>Materials that may follow later: {materials}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>无法开始打印，请检查打印机是否可用。</source>
        <translation>Printing could not start. Please check that the printer is available.</translation>
    </message>
    <message>
        <source>预览：{title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>共 {count} 页。</source>
        <translation>{count} page(s).</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>已发送到打印机，共 {count} 页。</source>
        <translation>Sent to the printer: {count} page(s).</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存失败：{reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source>惠企政策</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>政策匹配</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>到账记录</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>代理企业汇总</source>
        <translation>All client firms</translation>
    </message>
    <message>
        <source>填写这项信息…</source>
        <translation>Enter this information…</translation>
    </message>
    <message>
        <source>清除自行填报</source>
        <translation>Clear what I entered</translation>
    </message>
    <message>
        <source>确认已到账</source>
        <translation>Confirm received</translation>
    </message>
    <message>
        <source>计算全部企业</source>
        <translation>Check all firms</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <source>条件</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>企业情况</source>
        <translation>Your firm</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>政策</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>拨付日期</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>收款账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>可享受</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>待补充</source>
        <translation>Needs information</translation>
    </message>
    <message>
        <source>暂不符合</source>
        <translation>Not eligible yet</translation>
    </message>
    <message>
        <source>满足</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>不满足</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>{group}（{count}）</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>可享受 {met} 项，预计 {amount}；待补充 {unknown} 项，补充信息后可能符合。</source>
        <translation>{met} eligible, worth about {amount}; {unknown} need more information and may then qualify.</translation>
    </message>
    <message>
        <source>离线：显示的是 {time} 的数据。</source>
        <translation>Offline: showing data as of {time}.</translation>
    </message>
    <message>
        <source>免申即享</source>
        <translation>Paid automatically</translation>
    </message>
    <message>
        <source>需申请</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>预计 {amount}</source>
        <translation>about {amount}</translation>
    </message>
    <message>
        <source>金额待定</source>
        <translation>amount to be set</translation>
    </message>
    <message>
        <source>已截止</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>截止 {date}</source>
        <translation>closes {date}</translation>
    </message>
    <message>
        <source>应享未享：符合条件，但还没有公示或到账记录</source>
        <translation>Owed: you qualify, but nothing has been announced or paid yet</translation>
    </message>
    <message>
        <source>含自行填报的信息，仅供参考</source>
        <translation>Uses information you entered: an estimate only</translation>
    </message>
    <message>
        <source>应享未享：{titles}。这些政策免申即享、企业符合条件，但还没有公示或拨付记录，可向发布部门咨询。</source>
        <translation>Owed: {titles}. These are paid automatically and your firm qualifies, but nothing has been announced or paid; you may ask the issuing department.</translation>
    </message>
    <message>
        <source>选择左侧的一项政策，查看每个条件。</source>
        <translation>Choose a policy on the left to see each condition.</translation>
    </message>
    <message>
        <source>{summary}
发布部门：{issuer}&#x3000;依据：{basis}</source>
        <translation>{summary}
Issued by: {issuer}   Basis: {basis}</translation>
    </message>
    <message>
        <source>{value}（自行填报，{date}）</source>
        <translation>{value} (entered by you, {date})</translation>
    </message>
    <message>
        <source>平台暂无此信息</source>
        <translation>Not known to the platform</translation>
    </message>
    <message>
        <source>{label}（情形{number}，几种情形满足一种即可）</source>
        <translation>{label} (way {number}: meeting any one way is enough)</translation>
    </message>
    <message>
        <source>自行填报</source>
        <translation>Enter it yourself</translation>
    </message>
    <message>
        <source>{label}
要求：{requirement}
{how}
只用于本机估算，不会报送平台。</source>
        <translation>{label}
Requirement: {requirement}
{how}
Used only for the estimate on this PC; never sent to the platform.</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{count} 户可享受</source>
        <translation>{count} eligible</translation>
    </message>
    <message>
        <source>共 {count} 户企业，预计可享受合计 {total}。“待补充”表示平台缺少信息；金额为预计数。</source>
        <translation>{count} firms, eligible for an estimated {total} in all. “Needs information” means the platform lacks a fact; amounts are estimates.</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>请选择“是”或“否”。</source>
        <translation>Please choose “Yes” or “No”.</translation>
    </message>
    <message>
        <source>请填写日期，例如 {example}。</source>
        <translation>Please enter a date, e.g. {example}.</translation>
    </message>
    <message>
        <source>请填写百分数的数值，单位是 %，例如 {example}（表示 {example}%，不要写成 {example}% 或小数）。</source>
        <translation>Please enter the percentage as a number, e.g. {example} (meaning {example}%; do not type {example}% or a fraction).</translation>
    </message>
    <message>
        <source>请填写数值，单位是“{unit}”，例如 {example}。</source>
        <translation>Please enter a number in “{unit}”, e.g. {example}.</translation>
    </message>
    <message>
        <source>例如：{example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <source>确认“{title}”的 {amount} 已到账（收款账户 {account}）吗？确认后不能撤销。</source>
        <translation>Confirm that {amount} for “{title}” has reached the account {account}? This cannot be undone.</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>正在确认…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <source>正在计算全部代理企业…</source>
        <translation>Checking all client firms…</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>惠企政策匹配汇总</source>
        <translation>Benefit eligibility summary</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>需要补交的材料（{count}项）</source>
        <translation>Materials to supply ({count})</translation>
    </message>
    <message>
        <source>去补交材料</source>
        <translation>Supply materials</translation>
    </message>
    <message>
        <source>（预计）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>已逾期 {days} 个工作日（{date}前）</source>
        <translation>{days} working day(s) overdue (due {date})</translation>
    </message>
    <message>
        <source>今天截止（{date}）</source>
        <translation>Due today ({date})</translation>
    </message>
    <message>
        <source>还有 {days} 个工作日（{date}前）</source>
        <translation>{days} working day(s) left (due {date})</translation>
    </message>
    <message>
        <source>• {item} — {title}：{when}</source>
        <translation>• {item} — {title}: {when}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>内置演示平台（无需网络，数据为虚构）</source>
        <translation>Built-in demo platform (no network needed, fictional data)</translation>
    </message>
    <message>
        <source>连接信用平台：</source>
        <translation>Credit platform at:</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>忘记已保存的登录</source>
        <translation>Forget the saved sign-in</translation>
    </message>
    <message>
        <source>保存并重新连接</source>
        <translation>Save and reconnect</translation>
    </message>
    <message>
        <source>单位网络要求时才需要，例如 company-ca.pem</source>
        <translation>Only if your office network needs it, e.g. company-ca.pem</translation>
    </message>
    <message>
        <source>信用平台</source>
        <translation>Credit platform</translation>
    </message>
    <message>
        <source>代理服务器</source>
        <translation>Proxy server</translation>
    </message>
    <message>
        <source>附加根证书</source>
        <translation>Extra root certificate</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>已保存的登录</source>
        <translation>Saved sign-in</translation>
    </message>
    <message>
        <source>选择根证书文件</source>
        <translation>Choose a root certificate file</translation>
    </message>
    <message>
        <source>证书文件 (*.pem *.crt *.cer)</source>
        <translation>Certificate files (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>平台地址应以 https:// 或 http:// 开头，例如 https://xyxy.xinxiang.gov.cn</source>
        <translation>The platform address must start with https:// or http://, e.g. https://xyxy.xinxiang.gov.cn</translation>
    </message>
    <message>
        <source>代理服务器地址应以 http:// 或 https:// 开头，例如 http://proxy:8080</source>
        <translation>The proxy address must start with http:// or https://, e.g. http://proxy:8080</translation>
    </message>
    <message>
        <source>找不到证书文件：{path}</source>
        <translation>Certificate file not found: {path}</translation>
    </message>
    <message>
        <source>已保存，正在重新连接…</source>
        <translation>Saved. Reconnecting…</translation>
    </message>
    <message>
        <source>已忘记保存的登录，下次启动时需要重新登录。</source>
        <translation>The saved sign-in is forgotten; you will need to sign in at the next start.</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <source>“{feature}”需要先登录：这里显示的是信用平台上您的企业的信息。</source>
        <translation>Sign in to use “{feature}”: it shows your firm&apos;s information on the credit platform.</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SubmitConfirmation</name>
    <message>
        <source>确认提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>承诺人：{firm}（{uscc}）</source>
        <translation>Committing party: {firm} ({uscc})</translation>
    </message>
    <message>
        <source>承诺书：{title}</source>
        <translation>Letter: {title}</translation>
    </message>
    <message>
        <source>承诺事由：{matter}</source>
        <translation>Matter: {matter}</translation>
    </message>
    <message>
        <source>受理单位：{department}</source>
        <translation>Accepting department: {department}</translation>
    </message>
    <message>
        <source>签字人：{name}</source>
        <translation>Signed by: {name}</translation>
    </message>
    <message>
        <source>容缺材料须按期补交：</source>
        <translation>Deferred materials to supply on time:</translation>
    </message>
    <message>
        <source>（预计）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>&#x3000;• {name}：{date}前</source>
        <translation>  • {name}: by {date}</translation>
    </message>
    <message>
        <source>违诺责任：{text}</source>
        <translation>Liability for breach: {text}</translation>
    </message>
    <message>
        <source>提交后不能修改；如需更正，只能在受理前撤回后重新提交。</source>
        <translation>A submitted letter cannot be changed; to correct it, withdraw it before it is accepted and submit it again.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>命令行有误：{detail}</source>
        <translation>Invalid command line: {detail}</translation>
    </message>
    <message>
        <source>用 {command} --help 查看用法。</source>
        <translation>Run {command} --help for usage.</translation>
    </message>
    <message>
        <source>缺少必需的参数 {names}</source>
        <translation>missing required arguments: {names}</translation>
    </message>
    <message>
        <source>无法识别的参数 {words}</source>
        <translation>unrecognised arguments: {words}</translation>
    </message>
    <message>
        <source>{option} 后面缺少值</source>
        <translation>{option} needs a value</translation>
    </message>
    <message>
        <source>{option} 不接受 {value}，可选：{choices}</source>
        <translation>{option} does not take {value}; choose from {choices}</translation>
    </message>
    <message>
        <source>{option} 不接受 {value}</source>
        <translation>{option} does not take {value}</translation>
    </message>
    <message>
        <source>没有编号为“{code}”的承诺书模板。可用的模板：{codes}</source>
        <translation>No letter template has the code “{code}”. Available templates: {codes}</translation>
    </message>
    <message>
        <source>已生成 {path}（{pages} 页）</source>
        <translation>Wrote {path} ({pages} page(s))</translation>
    </message>
    <message>
        <source>--out 应为 PDF 文件的路径，而 {path} 是一个文件夹。</source>
        <translation>--out must be the path of a PDF file, but {path} is a folder.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>文件或文件夹不存在</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>路径中有一段不是文件夹</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>已有同名的文件</source>
        <translation>a file of that name exists</translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>超出了磁盘配额</source>
        <translation>disk quota exceeded</translation>
    </message>
    <message>
        <source>文件超出了系统允许的大小</source>
        <translation>the file is larger than the system allows</translation>
    </message>
    <message>
        <source>只读的磁盘</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>端口已被占用</source>
        <translation>the port is in use</translation>
    </message>
    <message>
        <source>本机没有这个地址</source>
        <translation>this computer has no such address</translation>
    </message>
    <message>
        <source>请用 --user 指定用户名（密码放在环境变量 ASSISTANT_PASSWORD 中）。</source>
        <translation>Give the user name with --user (and the password in the ASSISTANT_PASSWORD environment variable).</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>出现意外错误：{error}（无法写入日志）</source>
        <translation>Unexpected error: {error} (the log could not be written)</translation>
    </message>
    <message>
        <source>出现意外错误：{error} 详细信息见日志 {path}</source>
        <translation>Unexpected error: {error} Details are in the log {path}</translation>
    </message>
    <message>
        <source>数据文件 {path} 太大（超过 1 MB），请检查是否选错了文件。</source>
        <translation>The data file {path} is too large (over 1 MB); please check that it is the right file.</translation>
    </message>
    <message>
        <source>无法读取数据文件 {path}：{reason}</source>
        <translation>Cannot read the data file {path}: {reason}</translation>
    </message>
    <message>
        <source>数据文件 {path} 不是 UTF-8 编码：请另存为 UTF-8 后再试（记事本：另存为 → 编码）。</source>
        <translation>The data file {path} is not UTF-8: save it as UTF-8 and try again (Notepad: Save as → Encoding).</translation>
    </message>
    <message>
        <source>数据文件 {path} 不是有效的 JSON：第 {line} 行第 {column} 列附近有误。</source>
        <translation>The data file {path} is not valid JSON: error near line {line}, column {column}.</translation>
    </message>
    <message>
        <source>数据文件 {path} 不是有效的 JSON：嵌套层次太深。</source>
        <translation>The data file {path} is not valid JSON: nested too deeply.</translation>
    </message>
    <message>
        <source>{key}：{problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <source>没有这一项</source>
        <translation>no such item</translation>
    </message>
    <message>
        <source>应为 JSON 对象</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>应为文字或数字，不能是 {kind}</source>
        <translation>must be text or a number, not {kind}</translation>
    </message>
    <message>
        <source>没有这一项（可用：{keys}）</source>
        <translation>no such item (available: {keys})</translation>
    </message>
    <message>
        <source>最多 {limit} 个字</source>
        <translation>at most {limit} characters</translation>
    </message>
    <message>
        <source>{label}（{key}）</source>
        <translation>{label} ({key})</translation>
    </message>
    <message>
        <source>应为 YYYY-MM-DD 格式的日期文字，例如 2026-11-21</source>
        <translation>must be a date written as YYYY-MM-DD, e.g. 2026-11-21</translation>
    </message>
    <message>
        <source>数据文件应为一个 JSON 对象：{shape}</source>
        <translation>The data file must be one JSON object: {shape}</translation>
    </message>
    <message>
        <source>数据文件有误，没有生成承诺书：</source>
        <translation>The data file has errors; no letter was made:</translation>
    </message>
    <message>
        <source>统一社会信用代码有误：{reason}</source>
        <translation>Invalid unified social credit code: {reason}</translation>
    </message>
    <message>
        <source>当前账号没有管理这家企业。</source>
        <translation>This account does not manage that firm.</translation>
    </message>
    <message>
        <source>没有可用的登录：请设置 ASSISTANT_PASSWORD 环境变量，或先在程序里勾选“记住登录”登录一次。</source>
        <translation>No sign-in available: set the ASSISTANT_PASSWORD environment variable, or sign in once in the app with “Remember me” ticked.</translation>
    </message>
    <message>
        <source>离线：数据截至 {time}</source>
        <translation>Offline: data as of {time}</translation>
    </message>
    <message>
        <source>可享受</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>待补充</source>
        <translation>Needs information</translation>
    </message>
    <message>
        <source>暂不符合</source>
        <translation>Not eligible yet</translation>
    </message>
    <message>
        <source>{group}（{count}）</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>免申即享</source>
        <translation>Paid automatically</translation>
    </message>
    <message>
        <source>需申请</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>应享未享</source>
        <translation>owed</translation>
    </message>
    <message>
        <source>截止 {date}</source>
        <translation>closes {date}</translation>
    </message>
    <message>
        <source>待补充：{items}</source>
        <translation>Needs information: {items}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>应为 1900—2199 年间的日期，格式 YYYY-MM-DD，而不是 {text}</source>
        <translation>expected a date in 1900–2199 written YYYY-MM-DD, not {text}</translation>
    </message>
    <message>
        <source>应为 0—65535 的端口号，而不是 {text}</source>
        <translation>expected a port number 0–65535, not {text}</translation>
    </message>
    <message>
        <source>演示平台: {url}/api/v1  数据库: {path}</source>
        <translation>Demo platform: {url}/api/v1  database: {path}</translation>
    </message>
    <message>
        <source>管理令牌 (X-Sandbox-Admin): {token}</source>
        <translation>Admin token (X-Sandbox-Admin): {token}</translation>
    </message>
    <message>
        <source>--db 应为数据库文件的路径，而 {path} 是一个文件夹。</source>
        <translation>--db must be the path of a database file, but {path} is a folder.</translation>
    </message>
    <message>
        <source>无法创建数据库所在的文件夹 {path}：{reason}</source>
        <translation>Cannot create the database&apos;s folder {path}: {reason}</translation>
    </message>
    <message>
        <source>无法打开演示平台的数据库 {path}（{reason}）：请换一个 --db 文件。</source>
        <translation>Cannot open the demo platform&apos;s database {path} ({reason}): please choose another --db file.</translation>
    </message>
    <message>
        <source>端口 {port} 已被占用：请换一个端口，或用 --port 0 任选一个空闲端口。</source>
        <translation>Port {port} is in use: choose another, or use --port 0 for any free port.</translation>
    </message>
    <message>
        <source>没有权限使用端口 {port}（1024 以下的端口需要管理员权限）：请换一个端口。</source>
        <translation>No permission to use port {port} (ports below 1024 need administrator rights): please choose another port.</translation>
    </message>
    <message>
        <source>无法在 {host}:{port} 上启动演示平台（{reason}）：请检查 --host 和 --port。</source>
        <translation>Cannot start the demo platform on {host}:{port} ({reason}): please check --host and --port.</translation>
    </message>
</context>
<context>
    <name>commitments</name>
    <message>
        <source>含有无法打印的控制字符，请删除后重新输入。</source>
        <translation>Contains control characters that cannot be printed. Please delete them and type again.</translation>
    </message>
    <message>
        <source>此项必填。</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>最多{limit}个字，现在是{count}个字。</source>
        <translation>At most {limit} characters; this has {count}.</translation>
    </message>
    <message>
        <source>请填写有效日期，例如 2026-11-21、2026年11月21日 或 2026/11/21。</source>
        <translation>Please enter a valid date, e.g. 2026-11-21 or 2026/11/21.</translation>
    </message>
    <message>
        <source>请填写金额数字，例如 12345.60。</source>
        <translation>Enter an amount such as 12345.60.</translation>
    </message>
    <message>
        <source>金额应为不小于0的数字，最多两位小数。</source>
        <translation>The amount must be 0 or more, with at most two decimals.</translation>
    </message>
    <message>
        <source>金额不能超过{limit}元。</source>
        <translation>The amount may not exceed {limit} yuan.</translation>
    </message>
    <message>
        <source>金额最多两位小数。</source>
        <translation>The amount may have at most two decimals.</translation>
    </message>
    <message>
        <source>请填写11位手机号码或带区号的固定电话，例如 0373-1234567。</source>
        <translation>Enter an 11-digit mobile number or a landline with area code, e.g. 0373-1234567.</translation>
    </message>
    <message>
        <source>请从列表中选择。</source>
        <translation>Please choose from the list.</translation>
    </message>
    <message>
        <source>这份承诺书没有这一项。</source>
        <translation>This commitment letter has no such field.</translation>
    </message>
    <message>
        <source>目录来源：{platform}（刚刚更新）</source>
        <translation>Catalogue from {platform} (just updated)</translation>
    </message>
    <message>
        <source>内置演示平台</source>
        <translation>the embedded demo platform</translation>
    </message>
    <message>
        <source>无法从平台更新目录：{reason}</source>
        <translation>Could not update the catalogue from the platform: {reason}</translation>
    </message>
    <message>
        <source>目录来源：本机缓存（{time} 更新）</source>
        <translation>Catalogue from this PC&apos;s cache (updated {time})</translation>
    </message>
    <message>
        <source>目录来源：程序内置目录</source>
        <translation>Catalogue shipped with the app</translation>
    </message>
    <message>
        <source>还有 {count} 处需要修改，已用红字标出。</source>
        <translation>{count} item(s) still need correcting; they are marked in red.</translation>
    </message>
    <message>
        <source>请填写签字人。</source>
        <translation>Please enter who signs.</translation>
    </message>
    <message>
        <source>内容不符合平台要求（例如含有控制字符或过长），请检查后重新填写。</source>
        <translation>The platform would not accept this (for example it contains control characters or is too long). Please check it and type it again.</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>不是 {value}</source>
        <translation>not {value}</translation>
    </message>
    <message>
        <source>{values}之一</source>
        <translation>one of {values}</translation>
    </message>
    <message>
        <source>不属于 {values}</source>
        <translation>none of {values}</translation>
    </message>
    <message>
        <source>包含“{value}”</source>
        <translation>includes “{value}”</translation>
    </message>
    <message>
        <source>满 {years} 年</source>
        <translation>at least {years} years</translation>
    </message>
    <message>
        <source>有记录</source>
        <translation>on record</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>登录已过期，请重新登录。</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>没有找到相关信息，或您无权查看。</source>
        <translation>Not found, or you may not see it.</translation>
    </message>
    <message>
        <source>该操作与平台上的现有记录冲突。</source>
        <translation>This conflicts with a record already on the platform.</translation>
    </message>
    <message>
        <source>平台没有接受这个文件。</source>
        <translation>The platform did not accept this file.</translation>
    </message>
    <message>
        <source>填写的内容有误，请按提示修改。</source>
        <translation>Some entries are not valid. Please correct them as indicated.</translation>
    </message>
    <message>
        <source>操作过于频繁，请稍后再试。</source>
        <translation>Too many attempts. Please try again later.</translation>
    </message>
    <message>
        <source>平台暂时出现故障，请稍后再试。</source>
        <translation>The platform is having trouble. Please try again later.</translation>
    </message>
    <message>
        <source>平台返回了无法识别的数据，请稍后再试或联系平台客服。</source>
        <translation>The platform sent an answer this app cannot read. Please try again later or contact the platform&apos;s help desk.</translation>
    </message>
    <message>
        <source>无法连接到信用平台，请检查网络。已保存的数据不会丢失。</source>
        <translation>Cannot reach the credit platform. Please check the network. Nothing you saved is lost.</translation>
    </message>
    <message>
        <source>信用平台响应超时，请稍后再试。已保存的数据不会丢失。</source>
        <translation>The credit platform did not answer in time. Please try again later. Nothing you saved is lost.</translation>
    </message>
    <message>
        <source>无法验证信用平台的安全证书。如果单位网络要求，请在“设置”中添加单位的根证书；否则请联系网络管理员。</source>
        <translation>The credit platform&apos;s security certificate cannot be verified. If your office network requires it, add your organisation&apos;s root certificate in Settings; otherwise contact your network administrator.</translation>
    </message>
    <message>
        <source>与平台通信时出现问题。</source>
        <translation>Something went wrong talking to the platform.</translation>
    </message>
    <message>
        <source>本机没有可用的系统密码库，无法记住登录。</source>
        <translation>This computer has no usable system keyring, so the sign-in cannot be remembered.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>企业名称</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>可享受（项）</source>
        <translation>Eligible (count)</translation>
    </message>
    <message>
        <source>待补充（项）</source>
        <translation>Needs information (count)</translation>
    </message>
    <message>
        <source>预计可享受金额（元）</source>
        <translation>Estimated amount (CNY)</translation>
    </message>
    <message>
        <source>政策匹配</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>政策列：数字为可享受政策的预计金额（元）；绿色为可享受，黄色为待补充（平台缺少信息），灰色为暂不符合。合计行的政策列为可享受该政策的企业数。</source>
        <translation>Policy columns: the estimated amount (yuan) of each policy the firm is eligible for; green is eligible, yellow needs information (the platform lacks a fact), grey is not eligible yet. In the Total row a policy column counts the firms eligible for it.</translation>
    </message>
    <message>
        <source>数据截至 {time}</source>
        <translation>Data as of {time}</translation>
    </message>
</context>
<context>
    <name>features</name>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>信用承诺</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>惠企政策</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <source>请填写统一社会信用代码。</source>
        <translation>Please enter the unified social credit code.</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，现在是{count}位。</source>
        <translation>A unified social credit code has 18 characters; this one has {count}.</translation>
    </message>
    <message>
        <source>第{position}位的“{char}”不能出现在统一社会信用代码中（代码不使用字母 I、O、S、V、Z）。</source>
        <translation>Character {position}, “{char}”, cannot appear in a unified social credit code (codes never use I, O, S, V or Z).</translation>
    </message>
    <message>
        <source>第1位（登记管理部门代码）应为数字1–9或字母A、N、Y。</source>
        <translation>The 1st character (registration authority) must be a digit 1–9 or the letter A, N or Y.</translation>
    </message>
    <message>
        <source>第3–8位应为6位数字的行政区划代码。</source>
        <translation>Characters 3–8 must be the 6-digit administrative division code.</translation>
    </message>
    <message>
        <source>最后一位校验码不符，可能有字符输入错误，请逐位核对。</source>
        <translation>The check character does not match: a character may be mistyped. Please check each one.</translation>
    </message>
    <message>
        <source>请填写身份证号码。</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <source>这是旧版15位身份证号码，请填写18位的新号码。</source>
        <translation>This is an old 15-digit ID number. Please enter the 18-digit one.</translation>
    </message>
    <message>
        <source>身份证号码应为18位，现在是{count}位。</source>
        <translation>An ID number has 18 characters; this one has {count}.</translation>
    </message>
    <message>
        <source>身份证号码前17位应为数字，最后一位为数字或X。</source>
        <translation>The first 17 characters of an ID number are digits; the last is a digit or X.</translation>
    </message>
    <message>
        <source>第7–14位的出生日期不存在。</source>
        <translation>The birth date in characters 7–14 does not exist.</translation>
    </message>
    <message>
        <source>第7–14位的出生日期不合理。</source>
        <translation>The birth date in characters 7–14 is not plausible.</translation>
    </message>
    <message>
        <source>最后一位校验码不符，可能有数字输入错误，请逐位核对。</source>
        <translation>The check digit does not match: a digit may be mistyped. Please check each one.</translation>
    </message>
    <message>
        <source>前6位地址码不在已知省份范围内，请核对。</source>
        <translation>The first 6 digits are not a known province&apos;s address code. Please check them.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>读写本机文件时出错：{reason}</source>
        <translation>Could not read or write a file on this computer: {reason}</translation>
    </message>
    <message>
        <source>出现意外错误，详细信息已记录在日志中。</source>
        <translation>Something unexpected went wrong. The details are in the log.</translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>出现意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>出现意外错误，刚才的操作没有完成，已保存的内容不受影响。详细信息已记录在日志中：{path}</source>
        <translation>An unexpected error stopped that action; nothing you saved is affected. The details are in the log: {path}</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>以下字符没有可用的字体，打印出来会是空白：{chars}。请改用常用字，或打印后手写。</source>
        <translation>No font can print these characters, so they would come out blank: {chars}. Use common characters, or write them by hand after printing.</translation>
    </message>
</context>
<context>
    <name>policies</name>
    <message>
        <source>可享受</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>待补充</source>
        <translation>Needs information</translation>
    </message>
    <message>
        <source>暂不符合</source>
        <translation>Not eligible yet</translation>
    </message>
    <message>
        <source>“{text}”不是有效的数值，请重新填写。</source>
        <translation>“{text}” is not a valid value. Please enter it again.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>文件“{name}”有{size}，超过 {limit} 上限，请压缩或拆分后再选择。</source>
        <translation>“{name}” is {size}, over the {limit} limit. Compress or split it, then choose it again.</translation>
    </message>
    <message>
        <source>“{name}”不是 PDF、JPG、PNG 或 OFD 文件（按文件内容判断）。</source>
        <translation>“{name}” is not a PDF, JPG, PNG or OFD file (judged by its content).</translation>
    </message>
    <message>
        <source>无法读取“{name}”：文件可能已被移动、删除或正被其他程序占用，请重新选择。</source>
        <translation>Cannot read “{name}”: it may have been moved or deleted, or another program is using it. Please choose it again.</translation>
    </message>
</context>
</TS>
