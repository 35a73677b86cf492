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
        <source>第三方软件</source>
        <translation>Third-party software</translation>
    </message>
    <message>
        <source>本程序使用的第三方软件及其许可证</source>
        <translation>The third-party software in this program and its licences</translation>
    </message>
    <message>
        <source>从源码运行：各软件包的许可证随软件包安装</source>
        <translation>Running from source: each package&apos;s licence is installed with it</translation>
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
    <name>BatchDialog</name>
    <message>
        <source>信用报告</source>
        <translation>Credit reports</translation>
    </message>
    <message>
        <source>批量申请信用报告</source>
        <translation>Request credit reports in a batch</translation>
    </message>
    <message>
        <source>为勾选的代理企业各申请一份信用报告，依次保存到所选文件夹。每份报告占用该企业今年的一次免费次数（每年 {free} 份）；某家企业失败不影响其他企业。</source>
        <translation>One credit report for each ticked client firm, saved one after the other into the chosen folder. Each report uses one of that firm&apos;s free reports for this year ({free} a year); a firm that fails does not stop the others.</translation>
    </message>
    <message>
        <source>代理企业（{count} 家）</source>
        <translation>Client firms ({count})</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>选择保存报告的文件夹</source>
        <translation>Choose the folder for the reports</translation>
    </message>
    <message>
        <source>将为 {count} 家企业各申请一份报告，各占用该企业今年的一次免费次数。确定开始吗？</source>
        <translation>One report will be requested for each of {count} firms, each using one of that firm&apos;s free reports for this year. Start now?</translation>
    </message>
    <message>
        <source>等待中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>正在申请 {count} 家企业的报告…</source>
        <translation>Requesting reports for {count} firms…</translation>
    </message>
    <message>
        <source>正在批量申请信用报告…</source>
        <translation>Requesting credit reports in a batch…</translation>
    </message>
    <message>
        <source>已保存：{name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>未申请（已取消）</source>
        <translation>Not requested (cancelled)</translation>
    </message>
    <message>
        <source>完成：{saved} 家已保存，{failed} 家未成功。</source>
        <translation>Done: {saved} saved, {failed} not successful.</translation>
    </message>
    <message>
        <source>已取消：{saved} 家已保存，{failed} 家未成功，{left} 家未申请。</source>
        <translation>Cancelled: {saved} saved, {failed} not successful, {left} not requested.</translation>
    </message>
    <message>
        <source>正在取消：当前这家企业办完后停止…</source>
        <translation>Cancelling: stopping once the current firm is done…</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>办理单位</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>选择左侧的一件申请或异议，查看办理进度。</source>
        <translation>Select an application or objection in the list to see how it is progressing.</translation>
    </message>
    <message>
        <source>信用修复申请 · {status}</source>
        <translation>Credit repair application · {status}</translation>
    </message>
    <message>
        <source>还没有发送到信用平台。联网后会自动发送，只会提交一次；平台收到后开始计算办理期限。</source>
        <translation>Not sent to the credit platform yet. It is sent automatically once you are online, exactly once; the platform&apos;s deadlines start when it arrives.</translation>
    </message>
    <message>
        <source>{kind} {number} · {status}</source>
        <translation>{kind} {number} · {status}</translation>
    </message>
    <message>
        <source>{step}（超过期限）</source>
        <translation>{step} (past the deadline)</translation>
    </message>
    <message>
        <source>需补正：{slots}</source>
        <translation>Materials requested: {slots}</translation>
    </message>
    <message>
        <source>请点“补正材料…”上传平台要求的材料；补正后重新计算受理期限。</source>
        <translation>Press “Supply materials…” to upload what the platform asked for; the acceptance deadline starts again once they are supplied.</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>提交后进入本机待发送队列，联网时自动发送，只会提交一次；离线时也可以提交。</source>
        <translation>Once submitted, the application waits in this computer&apos;s outbox and is sent automatically when you are online, exactly once. You can submit while offline too.</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>还缺 {count} 项，补齐后才能提交：</source>
        <translation>{count} item(s) still missing; complete them before you submit:</translation>
    </message>
    <message>
        <source>可以先关闭窗口，草稿已自动保存，以后在“草稿”中继续填写。</source>
        <translation>You can close this window for now: the draft has been saved automatically, and you can carry on later under “Drafts”.</translation>
    </message>
    <message>
        <source>申请内容和材料已经齐全，可以提交。</source>
        <translation>The application and its materials are complete. You can submit it.</translation>
    </message>
</context>
<context>
    <name>CommitmentStep</name>
    <message>
        <source>承诺书“{title}”已按失信记录填好，请核对；内容可以修改。联系人和电话取自“申请理由”一步。点“预览申请表”可打印申请表和承诺书，签字盖章后扫描，在“上传材料”中作为“信用修复承诺书”上传。</source>
        <translation>The commitment letter “{title}” has been filled in from the record. Please check it; you can change anything. The contact and phone number come from the “Reason” step. Press “Preview form” to print the application form and the letter; once they are signed and sealed, scan them and upload them under “Materials” as the credit repair commitment letter.</translation>
    </message>
    <message>
        <source>签署前请知悉：{text}</source>
        <translation>Please note before signing: {text}</translation>
    </message>
    <message>
        <source>签署人（法定代表人） *</source>
        <translation>Signed by (legal representative) *</translation>
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
        <source>去信用修复</source>
        <translation>Go to credit repair</translation>
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
    <name>Confirmation</name>
    <message>
        <source>确认提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Back to editing</translation>
    </message>
</context>
<context>
    <name>CreditStanding</name>
    <message>
        <source>信用状况</source>
        <translation>Credit standing</translation>
    </message>
    <message>
        <source>查看信用记录与修复</source>
        <translation>See credit records and repair</translation>
    </message>
    <message>
        <source>已列入严重失信主体名单：不能适用告知承诺和容缺受理。</source>
        <translation>On the serious dishonesty list: notification-commitment and deficiency acceptance are not available.</translation>
    </message>
    <message>
        <source>公示中的失信记录 {public} 条：现在可以申请修复 {now} 条，修复办理中 {busy} 条。</source>
        <translation>Adverse records published: {public}. Can apply for repair now: {now}. Repair under way: {busy}.</translation>
    </message>
    <message>
        <source>信用平台上没有公示中的失信记录。</source>
        <translation>The credit platform publishes no adverse records about this firm.</translation>
    </message>
    <message>
        <source>申请 {number} 需要补正材料{note}</source>
        <translation>Application {number} needs more materials{note}</translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <source>{kind} {number}：{status}</source>
        <translation>{kind} {number}: {status}</translation>
    </message>
    <message>
        <source>自上次查看以来有新进展：</source>
        <translation>News since your last visit:</translation>
    </message>
    <message>
        <source>去补正材料</source>
        <translation>Supply materials</translation>
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
    <name>DropZone</name>
    <message>
        <source>把收到的信用报告 PDF 文件拖到这里，或者</source>
        <translation>Drop the credit report PDF you received here, or</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
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
        <source>核验收到的信用报告（无需登录）</source>
        <translation>Verify a credit report you received (no sign-in needed)</translation>
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
    <name>MaterialsStep</name>
    <message>
        <source>按项目上传材料：每项写明接受的文件类型和大小。可以点“添加文件…”，也可以把文件直接拖到对应的框里。标“必需”的每项至少一个文件。</source>
        <translation>Upload the materials item by item: each item says which file types and sizes it accepts. Press “Add file…” or drag files straight onto the item. Every item marked “Required” needs at least one file.</translation>
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
    <name>ObjectionDialog</name>
    <message>
        <source>对失信记录提出异议</source>
        <translation>Object to an adverse record</translation>
    </message>
    <message>
        <source>记录：{summary}
{authority} {document}
认为这条记录有误（例如不是本企业、金额或日期不对、已撤销）时提出异议。平台在1个工作日内转交认定单位，7个工作日内核查答复。</source>
        <translation>Record: {summary}
{authority} {document}
Object if you believe this record is wrong (for example it is not about this firm, the amount or date is wrong, or it has been revoked). The platform forwards your objection to the deciding authority within 1 working day and answers within 7 working days.</translation>
    </message>
    <message>
        <source>异议理由 *</source>
        <translation>Reason for the objection *</translation>
    </message>
    <message>
        <source>联系人 *</source>
        <translation>Contact person *</translation>
    </message>
    <message>
        <source>联系电话 *</source>
        <translation>Contact phone *</translation>
    </message>
    <message>
        <source>写明记录哪里有误、应当如何更正</source>
        <translation>Say what is wrong in the record and how it should be corrected</translation>
    </message>
    <message>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>能证明记录有误的文件，例如撤销决定书、缴款凭证、法院判决。</source>
        <translation>Files that show the record is wrong, for example a revocation decision, a payment receipt or a court judgment.</translation>
    </message>
    <message>
        <source>提交异议</source>
        <translation>Submit objection</translation>
    </message>
    <message>
        <source>选择证明材料</source>
        <translation>Choose evidence</translation>
    </message>
    <message>
        <source>请写明记录哪里有误、应当如何更正</source>
        <translation>Please say what is wrong in the record and how it should be corrected</translation>
    </message>
    <message>
        <source>请填写联系人</source>
        <translation>Please enter a contact person</translation>
    </message>
    <message>
        <source>请填写联系电话</source>
        <translation>Please enter a contact phone number</translation>
    </message>
    <message>
        <source>请至少附一份证明材料</source>
        <translation>Please attach at least one piece of evidence</translation>
    </message>
    <message>
        <source>还有 {count} 处需要填写，已用红字标出。</source>
        <translation>{count} item(s) still need filling in; they are marked in red.</translation>
    </message>
    <message>
        <source>确定对“{summary}”提出异议吗？提交后不能修改。</source>
        <translation>Object to “{summary}”? An objection cannot be changed once submitted.</translation>
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
    <name>ReasonStep</name>
    <message>
        <source>申请理由 *</source>
        <translation>Reason for the application *</translation>
    </message>
    <message>
        <source>联系人 *</source>
        <translation>Contact person *</translation>
    </message>
    <message>
        <source>联系电话 *</source>
        <translation>Contact phone *</translation>
    </message>
    <message>
        <source>代理人姓名 *</source>
        <translation>Agent&apos;s name *</translation>
    </message>
    <message>
        <source>写明失信行为已经如何纠正：罚款何时缴清、整改了什么、今后如何避免。</source>
        <translation>Explain how the problem has been put right: when the fine was paid, what was fixed, and how it will be avoided in future.</translation>
    </message>
    <message>
        <source>代理记账人员代为申请时填写，并在“上传材料”中提供授权委托书和经办人身份证。</source>
        <translation>Fill this in when an accountant applies on the firm&apos;s behalf, and add the power of attorney and the agent&apos;s ID card under “Materials”.</translation>
    </message>
    <message>
        <source>例如：已于2026年5月8日缴清罚款，已完成整改并通过复查。</source>
        <translation>For example: The fine was paid in full on May 8, 2026; the problems have been fixed and passed re-inspection.</translation>
    </message>
    <message>
        <source>例如 13803731234 或 0373-1234567</source>
        <translation>e.g. 13803731234 or 0373-1234567</translation>
    </message>
    <message>
        <source>代为办理的代理记账人员姓名</source>
        <translation>Name of the accountant applying on the firm&apos;s behalf</translation>
    </message>
</context>
<context>
    <name>RecordsStep</name>
    <message>
        <source>选择这份申请要修复的失信记录。同一企业现在可以修复的其他记录可以一并申请，材料只需提交一次。</source>
        <translation>Choose the adverse records this application is to repair. Other records of the same firm that can be repaired now can go in the same application, and the materials are submitted only once.</translation>
    </message>
    <message>
        <source>{summary}（{document}，{authority}）— {klass} · {state}</source>
        <translation>{summary} ({document}, {authority}) — {klass} · {state}</translation>
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
    <name>RepairConfirmation</name>
    <message>
        <source>确认提交信用修复申请</source>
        <translation>Submit the credit repair application</translation>
    </message>
    <message>
        <source>申请人：{firm}（{uscc}）</source>
        <translation>Applicant: {firm} ({uscc})</translation>
    </message>
    <message>
        <source>申请修复的失信记录：</source>
        <translation>Adverse records to repair:</translation>
    </message>
    <message>
        <source>&#x3000;• {summary}（{document}，{authority}）</source>
        <translation>  • {summary} ({document}, {authority})</translation>
    </message>
    <message>
        <source>申请理由：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>材料：</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>&#x3000;• {name}：{files}</source>
        <translation>  • {name}: {files}</translation>
    </message>
    <message>
        <source>承诺书：{title}，签署人 {signer}</source>
        <translation>Commitment letter: {title}, signed by {signer}</translation>
    </message>
    <message>
        <source>联系人：{name}，{phone}</source>
        <translation>Contact: {name}, {phone}</translation>
    </message>
    <message>
        <source>代理人：{name}</source>
        <translation>Agent: {name}</translation>
    </message>
    <message>
        <source>提交后不能修改。平台受理后按工作日计算办理期限；需要补正材料时会在首页和本页提示。</source>
        <translation>A submitted application cannot be changed. Once the platform accepts it, its deadlines are counted in working days; if more materials are needed, the home page and this page will say so.</translation>
    </message>
</context>
<context>
    <name>RepairPage</name>
    <message>
        <source>信用记录与修复</source>
        <translation>Credit records and repair</translation>
    </message>
    <message>
        <source>申请修复…</source>
        <translation>Apply for repair…</translation>
    </message>
    <message>
        <source>提出异议…</source>
        <translation>Object…</translation>
    </message>
    <message>
        <source>补正材料…</source>
        <translation>Supply materials…</translation>
    </message>
    <message>
        <source>重新发送</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>失信记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>认定单位 / 文书号</source>
        <translation>Deciding authority / document no.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>公示期</source>
        <translation>Publication period</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>公示期条：深色为最短公示期（期满后才能申请修复），浅色至最长公示期，红线为今天。</source>
        <translation>Publication bar: the dark part is the minimum period (repair can be applied for only after it ends), the light part runs to the end of the maximum period, and the red line is today.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>下一期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>最后保存</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>代理企业待办</source>
        <translation>Client to-do</translation>
    </message>
    <message>
        <source>申请与异议</source>
        <translation>Applications and objections</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>正在读取本企业的失信记录…</source>
        <translation>Loading the firm&apos;s adverse records…</translation>
    </message>
    <message>
        <source>公示中的失信记录 {public} 条 · 现在可以申请修复 {now} 条 · 修复办理中 {busy} 条</source>
        <translation>Adverse records published: {public} · can apply for repair now: {now} · repair under way: {busy}</translation>
    </message>
    <message>
        <source>本企业已列入严重失信主体名单：不能适用告知承诺和容缺受理，也不能享受部分惠企政策。相关记录修复后解除。</source>
        <translation>This firm is on the serious dishonesty list: notification-commitment and deficiency acceptance are not available, and some benefits are closed to it. This ends once the records concerned are repaired.</translation>
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
        <source>失信记录（{count}）</source>
        <translation>Records ({count})</translation>
    </message>
    <message>
        <source>申请与异议（{count}）</source>
        <translation>Applications and objections ({count})</translation>
    </message>
    <message>
        <source>草稿（{count}）</source>
        <translation>Drafts ({count})</translation>
    </message>
    <message>
        <source>{summary}
{date} · {kind}</source>
        <translation>{summary}
{date} · {kind}</translation>
    </message>
    <message>
        <source>（待发送）</source>
        <translation>(waiting to send)</translation>
    </message>
    <message>
        <source>{kind}：{records}</source>
        <translation>{kind}: {records}</translation>
    </message>
    <message>
        <source>（预计）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>{date} 平台已逾期</source>
        <translation>{date} platform overdue</translation>
    </message>
    <message>
        <source>信用平台上没有本企业的失信记录。</source>
        <translation>The credit platform has no adverse records about this firm.</translation>
    </message>
    <message>
        <source>选择一条记录，查看可以修复的时间、原因和依据。</source>
        <translation>Select a record to see when it can be repaired, why, and the legal basis.</translation>
    </message>
    <message>
        <source>认定单位：{authority}&#x3000;文书号：{document}&#x3000;决定日期：{date}</source>
        <translation>Deciding authority: {authority}  Document no.: {document}  Decided on: {date}</translation>
    </message>
    <message>
        <source>&#x3000;罚款 {amount}</source>
        <translation>  Fine: {amount}</translation>
    </message>
    <message>
        <source>&#x3000;期限 {months} 个月</source>
        <translation>  Term: {months} month(s)</translation>
    </message>
    <message>
        <source>处罚：{penalty}</source>
        <translation>Penalty: {penalty}</translation>
    </message>
    <message>
        <source>{klass}（按{sector}领域标准）</source>
        <translation>{klass} (under the {sector} sector&apos;s rules)</translation>
    </message>
    <message>
        <source>类别：{klass}失信信息</source>
        <translation>Class: {klass}</translation>
    </message>
    <message>
        <source>公示期：{start}起，最短至{min}，最长至{max}</source>
        <translation>Publication period: from {start}, at least until {min}, at most until {max}</translation>
    </message>
    <message>
        <source>现在：{state}</source>
        <translation>Now: {state}</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>（依据：{basis}）</source>
        <translation> (basis: {basis})</translation>
    </message>
    <message>
        <source>办理中的申请：{number}（{status}）</source>
        <translation>Application under way: {number} ({status})</translation>
    </message>
    <message>
        <source>异议：{number}（{status}）</source>
        <translation>Objection: {number} ({status})</translation>
    </message>
    <message>
        <source>这条记录已根据异议更正。</source>
        <translation>This record was corrected after an objection.</translation>
    </message>
    <message>
        <source>适用规则：{basis}</source>
        <translation>Rules applied: {basis}</translation>
    </message>
    <message>
        <source>失信记录：{records}</source>
        <translation>Records: {records}</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>确定删除草稿“{title}”吗？已添加的材料也会从草稿中移除，删除后无法恢复。</source>
        <translation>Delete the draft “{title}”? The materials added to it are removed too. This cannot be undone.</translation>
    </message>
    <message>
        <source>这条记录已不在平台上（可能已修复或已更正），请刷新待办。</source>
        <translation>This record is no longer on the platform (it may have been repaired or corrected). Please refresh the to-do list.</translation>
    </message>
</context>
<context>
    <name>RepairQueueView</name>
    <message>
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>失信记录或申请</source>
        <translation>Record or application</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>刷新待办</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>申请修复…</source>
        <translation>Apply for repair…</translation>
    </message>
    <message>
        <source>打开该企业</source>
        <translation>Open this firm</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>全部代理企业的信用修复待办：需补正材料、现在可以申请、30天内可以申请、办理中。</source>
        <translation>Credit repair to-do for all your client firms: materials requested, can apply now, can apply within 30 days, under way.</translation>
    </message>
    <message>
        <source>正在读取全部代理企业的失信记录…</source>
        <translation>Loading the adverse records of all your client firms…</translation>
    </message>
    <message>
        <source>{group}（{count}）</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>请尽快补正</source>
        <translation>Supply soon</translation>
    </message>
    <message>
        <source>可以准备申请</source>
        <translation>Ready to apply</translation>
    </message>
    <message>
        <source>届时可以申请</source>
        <translation>Can apply from this date</translation>
    </message>
    <message>
        <source>等待平台办理</source>
        <translation>Waiting for the platform</translation>
    </message>
    <message>
        <source>平台已逾期</source>
        <translation>Platform overdue</translation>
    </message>
    <message>
        <source>共 {count} 项待办 · 数据截至 {time}</source>
        <translation>{count} item(s) to do · data as of {time}</translation>
    </message>
    <message>
        <source>未能读取（离线且本机没有缓存）：{firms}</source>
        <translation>Could not load (offline, and nothing saved on this computer): {firms}</translation>
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
        <source>信用修复待办</source>
        <translation>Credit repair to-do</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>RepairWizard</name>
    <message>
        <source>信用修复申请</source>
        <translation>Credit repair application</translation>
    </message>
    <message>
        <source>信用修复申请 — {firm}</source>
        <translation>Credit repair application — {firm}</translation>
    </message>
    <message>
        <source>1 选择记录</source>
        <translation>1 Records</translation>
    </message>
    <message>
        <source>2 申请理由</source>
        <translation>2 Reason</translation>
    </message>
    <message>
        <source>3 上传材料</source>
        <translation>3 Materials</translation>
    </message>
    <message>
        <source>4 承诺书</source>
        <translation>4 Commitment letter</translation>
    </message>
    <message>
        <source>5 检查并提交</source>
        <translation>5 Check and submit</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>预览申请表</source>
        <translation>Preview form</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>提交…</source>
        <translation>Submit…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>申请修复：{records}</source>
        <translation>Repair: {records}</translation>
    </message>
    <message>
        <source>还没有选择要修复的记录。</source>
        <translation>No record chosen for repair yet.</translation>
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
        <source>选择“{name}”的文件</source>
        <translation>Choose a file for “{name}”</translation>
    </message>
    <message>
        <source>正在添加…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <source>申请修复 {count} 条失信记录：{records}</source>
        <translation>Repair of {count} adverse record(s): {records}</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <source>已上传材料：{names}</source>
        <translation>Materials uploaded: {names}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>还缺 {count} 项，见“检查并提交”。</source>
        <translation>{count} item(s) still missing; see “Check and submit”.</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>打印后请签字、加盖公章，扫描后作为“信用修复承诺书”材料上传。</source>
        <translation>After printing, sign it and add the firm&apos;s seal, then scan it and upload it as the credit repair commitment letter.</translation>
    </message>
</context>
<context>
    <name>RepairWords</name>
    <message>
        <source>公示期：{start}起；最短至{min}；最长至{max}。今天：{today}</source>
        <translation>Publication period: from {start}; at least until {min}; at most until {max}. Today: {today}</translation>
    </message>
    <message>
        <source>简易程序处罚</source>
        <translation>Summary penalty</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>通报批评</source>
        <translation>Public criticism</translation>
    </message>
    <message>
        <source>罚款</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>没收违法所得、没收非法财物</source>
        <translation>Confiscation of illegal gains or property</translation>
    </message>
    <message>
        <source>暂扣许可证件</source>
        <translation>Licence suspended</translation>
    </message>
    <message>
        <source>吊销许可证件</source>
        <translation>Licence revoked</translation>
    </message>
    <message>
        <source>降低资质等级</source>
        <translation>Qualification downgraded</translation>
    </message>
    <message>
        <source>责令停产停业</source>
        <translation>Ordered to suspend business</translation>
    </message>
    <message>
        <source>责令关闭</source>
        <translation>Ordered to close</translation>
    </message>
    <message>
        <source>限制从业</source>
        <translation>Barred from practice</translation>
    </message>
    <message>
        <source>屡罚不改</source>
        <translation>Repeated offences</translation>
    </message>
    <message>
        <source>终身禁入</source>
        <translation>Lifetime ban</translation>
    </message>
    <message>
        <source>行政处罚</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <source>列入严重失信主体名单</source>
        <translation>On the serious dishonesty list</translation>
    </message>
    <message>
        <source>列入经营异常名录</source>
        <translation>On the abnormal operations list</translation>
    </message>
    <message>
        <source>其他失信信息</source>
        <translation>Other adverse record</translation>
    </message>
    <message>
        <source>轻微</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>可以申请修复</source>
        <translation>Can apply for repair</translation>
    </message>
    <message>
        <source>无需申请，到期自动停止公示</source>
        <translation>No application needed: publication ends by itself</translation>
    </message>
    <message>
        <source>暂不能申请修复</source>
        <translation>Cannot apply for repair yet</translation>
    </message>
    <message>
        <source>{date}起可以申请</source>
        <translation>Can apply from {date}</translation>
    </message>
    <message>
        <source>不可修复</source>
        <translation>Cannot be repaired</translation>
    </message>
    <message>
        <source>修复办理中</source>
        <translation>Repair under way</translation>
    </message>
    <message>
        <source>已修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>已停止公示</source>
        <translation>No longer published</translation>
    </message>
    <message>
        <source>公示至{date}</source>
        <translation>Published until {date}</translation>
    </message>
    <message>
        <source>已提出异议，正在核查</source>
        <translation>Objection raised, being checked</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已转交认定单位</source>
        <translation>Forwarded to the deciding authority</translation>
    </message>
    <message>
        <source>异议成立</source>
        <translation>Objection upheld</translation>
    </message>
    <message>
        <source>异议不成立</source>
        <translation>Objection dismissed</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>需补正材料</source>
        <translation>More materials requested</translation>
    </message>
    <message>
        <source>已补正</source>
        <translation>Materials supplied</translation>
    </message>
    <message>
        <source>不予修复</source>
        <translation>Repair refused</translation>
    </message>
    <message>
        <source>异议</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>信用修复</source>
        <translation>Credit repair</translation>
    </message>
    <message>
        <source>发送失败：{reason}</source>
        <translation>Sending failed: {reason}</translation>
    </message>
    <message>
        <source>发送中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>待发送</source>
        <translation>Waiting to send</translation>
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
        <source>转交期限：{date}{estimated}</source>
        <translation>Forward by: {date}{estimated}</translation>
    </message>
    <message>
        <source>受理期限：{date}{estimated}</source>
        <translation>Accept by: {date}{estimated}</translation>
    </message>
    <message>
        <source>核查期限：{date}{estimated}</source>
        <translation>Answer by: {date}{estimated}</translation>
    </message>
    <message>
        <source>决定期限：{date}{estimated}</source>
        <translation>Decide by: {date}{estimated}</translation>
    </message>
    <message>
        <source>平台已超过转交期限（应于{date}前转交）</source>
        <translation>The platform is past its deadline to forward the objection (due by {date})</translation>
    </message>
    <message>
        <source>平台已超过受理期限（应于{date}前受理）</source>
        <translation>The platform is past its deadline to accept the application (due by {date})</translation>
    </message>
    <message>
        <source>平台已超过核查期限（应于{date}前答复）</source>
        <translation>The platform is past its deadline to answer the objection (due by {date})</translation>
    </message>
    <message>
        <source>平台已超过决定期限（应于{date}前作出决定）</source>
        <translation>The platform is past its deadline to decide (due by {date})</translation>
    </message>
    <message>
        <source>等待转交，应于{date}{estimated}前</source>
        <translation>Waiting to be forwarded, due by {date}{estimated}</translation>
    </message>
    <message>
        <source>等待受理，应于{date}{estimated}前</source>
        <translation>Waiting to be accepted, due by {date}{estimated}</translation>
    </message>
    <message>
        <source>等待核查结果，应于{date}{estimated}前</source>
        <translation>Waiting for the answer, due by {date}{estimated}</translation>
    </message>
    <message>
        <source>等待修复决定，应于{date}{estimated}前</source>
        <translation>Waiting for the decision, due by {date}{estimated}</translation>
    </message>
    <message>
        <source>接受 {kinds}，每个不超过 {limit}MB</source>
        <translation>Accepts {kinds}, up to {limit} MB each</translation>
    </message>
    <message>
        <source>材料文件 ({patterns})</source>
        <translation>Material files ({patterns})</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ReportContentDialog</name>
    <message>
        <source>报告内容：{firm}</source>
        <translation>Report content: {firm}</translation>
    </message>
    <message>
        <source>{edition} · {firm}</source>
        <translation>{edition} · {firm}</translation>
    </message>
    <message>
        <source>演示环境 · 非正式报告：内容为虚构的演示数据。</source>
        <translation>Demo environment · not an official report: the content is fictional demo data.</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>报告编号</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>验证码</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>出具时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>报告种类</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>查询期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>报告反映的是出具时的情况。“现状”一列说明报告所列记录此后的变化：已修复或已停止公示的记录不会出现在新取得的报告中。</source>
        <translation>A report shows the firm as it was when the report was issued. The &quot;Now&quot; column says what became of the records it lists since: a record repaired or no longer published will not appear in a new report.</translation>
    </message>
    <message>
        <source>信用信息概要</source>
        <translation>Credit information summary</translation>
    </message>
    <message>
        <source>信息类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>现状</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>去信用修复</source>
        <translation>Go to credit repair</translation>
    </message>
    <message>
        <source>报告说明</source>
        <translation>Notes on the report</translation>
    </message>
</context>
<context>
    <name>ReportLine</name>
    <message>
        <source>查看信用报告</source>
        <translation>See credit reports</translation>
    </message>
    <message>
        <source>信用报告：联网后显示</source>
        <translation>Credit report: shown once online</translation>
    </message>
    <message>
        <source>信用报告：最近一份 {date} · 今年免费剩余 {left} 份</source>
        <translation>Credit report: latest issued {date} · {left} free left this year</translation>
    </message>
    <message>
        <source>信用报告：还没有取得过 · 今年免费剩余 {left} 份</source>
        <translation>Credit report: none issued yet · {left} free left this year</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>公共信用信息报告</source>
        <translation>Public credit information report</translation>
    </message>
    <message>
        <source>专项信用报告</source>
        <translation>Special credit report</translation>
    </message>
    <message>
        <source>招投标</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>融资信贷</source>
        <translation>Financing and loans</translation>
    </message>
    <message>
        <source>行政审批</source>
        <translation>Administrative approval</translation>
    </message>
    <message>
        <source>评优评先</source>
        <translation>Awards and honours</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{purpose}（{note}）</source>
        <translation>{purpose} ({note})</translation>
    </message>
    <message>
        <source>专项信用报告代替“无违法违规记录证明”，用于招投标、融资、评优等：只列所选期间内的失信信息。</source>
        <translation>A special credit report replaces the &quot;certificate of no violations&quot; for tenders, loans, awards and the like: it lists only the adverse information of the chosen period.</translation>
    </message>
    <message>
        <source>公共信用信息报告列出平台公示的本企业全部信用信息：登记、许可、处罚、名单、承诺等。</source>
        <translation>A public credit information report lists everything the platform publishes about the firm: registration, licences, penalties, lists, commitments and more.</translation>
    </message>
    <message>
        <source>查询期间的开始日期不能晚于结束日期。</source>
        <translation>The period cannot start after it ends.</translation>
    </message>
    <message>
        <source>查询期间的结束日期不能晚于今天（{today}）。</source>
        <translation>The period cannot end after today ({today}).</translation>
    </message>
    <message>
        <source>查询期间最长三年，开始日期不能早于{earliest}。</source>
        <translation>The period covers at most three years: it cannot start before {earliest}.</translation>
    </message>
    <message>
        <source>请检查查询期间。</source>
        <translation>Please check the period.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>信用报告</source>
        <translation>Credit reports</translation>
    </message>
    <message>
        <source>批量申请…</source>
        <translation>Batch request…</translation>
    </message>
    <message>
        <source>为全部代理企业各申请一份报告，保存到一个文件夹</source>
        <translation>Request one report for every client firm and save them into one folder</translation>
    </message>
    <message>
        <source>申请新报告</source>
        <translation>Request a new report</translation>
    </message>
    <message>
        <source>正在申请…</source>
        <translation>Requesting…</translation>
    </message>
    <message>
        <source>申请报告</source>
        <translation>Request report</translation>
    </message>
    <message>
        <source>本企业的信用报告（双击打开）</source>
        <translation>The firm&apos;s credit reports (double-click to open)</translation>
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
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>查看内容</source>
        <translation>View content</translation>
    </message>
    <message>
        <source>核验报告…</source>
        <translation>Verify a report…</translation>
    </message>
    <message>
        <source>检查一份信用报告是否由平台出具、是否被改动过</source>
        <translation>Check whether a credit report was issued by the platform and whether it has been changed</translation>
    </message>
    <message>
        <source>报告编号</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>取得时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>报告种类</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>On this PC</translation>
    </message>
    <message>
        <source>演示环境 · 非正式报告：演示平台出具的报告带有“演示”字样，不能用于招投标、融资等正式用途。</source>
        <translation>Demo environment · not an official report: reports issued by the demo platform are marked as demo reports and cannot be used for tenders, loans or anything official.</translation>
    </message>
    <message>
        <source>正在读取本企业的报告…</source>
        <translation>Loading the firm&apos;s reports…</translation>
    </message>
    <message>
        <source>今年免费报告剩余 {left} 份（每年 {free} 份，《河南省社会信用条例》第四十条）</source>
        <translation>Free reports left this year: {left} ({free} a year, Henan Social Credit Regulations, Article 40)</translation>
    </message>
    <message>
        <source>今年免费报告的剩余份数联网后显示。离线时申请的报告会在联网后自动取得。</source>
        <translation>The free reports left this year are shown once online. A report requested offline is obtained automatically once the platform can be reached.</translation>
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
        <source>（待取得）</source>
        <translation>(to be fetched)</translation>
    </message>
    <message>
        <source>待取得：联网后自动取得</source>
        <translation>To be fetched: fetched automatically once online</translation>
    </message>
    <message>
        <source>（未能取得）</source>
        <translation>(not obtained)</translation>
    </message>
    <message>
        <source>未能取得：{reason}</source>
        <translation>Not obtained: {reason}</translation>
    </message>
    <message>
        <source>本机已保存</source>
        <translation>Saved on this PC</translation>
    </message>
    <message>
        <source>未保存（打开时下载）</source>
        <translation>Not saved (downloaded when opened)</translation>
    </message>
    <message>
        <source>今年的 {free} 份免费报告已经用完，明年1月1日起可以再申请。</source>
        <translation>This year&apos;s {free} free reports have been used; new ones can be requested from 1 January.</translation>
    </message>
    <message>
        <source>正在向信用平台申请报告，通常需要几秒钟…</source>
        <translation>Requesting the report from the credit platform; this usually takes a few seconds…</translation>
    </message>
    <message>
        <source>正在申请信用报告…</source>
        <translation>Requesting the credit report…</translation>
    </message>
    <message>
        <source>已取得报告 {number}，已保存在本机。</source>
        <translation>Report {number} issued and saved on this PC.</translation>
    </message>
    <message>
        <source>正在打开报告…</source>
        <translation>Opening the report…</translation>
    </message>
    <message>
        <source>报告上的报告编号和验证码可在信用平台核验真伪。</source>
        <translation>The report number and verification code on the report let anyone check it with the credit platform.</translation>
    </message>
    <message>
        <source>演示环境 · 非正式报告。</source>
        <translation>Demo environment · not an official report. </translation>
    </message>
    <message>
        <source>{edition} {number}</source>
        <translation>{edition} {number}</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>正在读取报告内容…</source>
        <translation>Loading the report&apos;s content…</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>报告种类</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>查询期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>可选，如招标项目名称</source>
        <translation>Optional, e.g. the tender&apos;s name</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
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
    <name>SlotBox</name>
    <message>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>{name} · {need}</source>
        <translation>{name} · {need}</translation>
    </message>
    <message>
        <source>示例：{example}</source>
        <translation>Example: {example}</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>也可以把文件拖到这里</source>
        <translation>Or drag files here</translation>
    </message>
</context>
<context>
    <name>SubmitConfirmation</name>
    <message>
        <source>确认提交</source>
        <translation>Submit</translation>
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
    <name>SupplementDialog</name>
    <message>
        <source>补正材料</source>
        <translation>Supply materials</translation>
    </message>
    <message>
        <source>申请 {number}：平台要求补正以下材料。每项至少选择一个文件，然后点“上传”。</source>
        <translation>Application {number}: the platform asks for the materials below. Choose at least one file for each item, then press “Upload”.</translation>
    </message>
    <message>
        <source>平台的说明：{note}</source>
        <translation>The platform&apos;s note: {note}</translation>
    </message>
    <message>
        <source>补充说明（可选）</source>
        <translation>Your note (optional)</translation>
    </message>
    <message>
        <source>上传</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>选择“{name}”的文件</source>
        <translation>Choose a file for “{name}”</translation>
    </message>
    <message>
        <source>请为这一项选择文件。</source>
        <translation>Please choose a file for this item.</translation>
    </message>
    <message>
        <source>还有 {count} 项没有选择文件。</source>
        <translation>{count} item(s) still have no file.</translation>
    </message>
    <message>
        <source>正在上传…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>正在上传补正材料…</source>
        <translation>Uploading the materials…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核验信用报告</source>
        <translation>Verify a credit report</translation>
    </message>
    <message>
        <source>只有纸质报告？输入报告上的报告编号和验证码：</source>
        <translation>Only a paper copy? Type the report number and verification code printed on it:</translation>
    </message>
    <message>
        <source>报告编号</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>验证码</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>22 位，如 2026112110300000001D88</source>
        <translation>22 characters, e.g. 2026112110300000001D88</translation>
    </message>
    <message>
        <source>正在核验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>平台登记的报告信息（请与报告上的内容核对）：</source>
        <translation>What the platform holds about this report (compare it with the report):</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Firm name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>出具时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>报告种类</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>电子签章</source>
        <translation>Electronic seal</translation>
    </message>
    <message>
        <source>文件 SHA-256</source>
        <translation>File SHA-256</translation>
    </message>
    <message>
        <source>检查一份信用报告是不是信用平台出具的、出具后有没有被改动过。不需要登录；电子文件核对平台的电子签章，纸质报告核对报告编号和验证码。</source>
        <translation>Check whether a credit report was issued by the credit platform and whether it has been changed since. No sign-in is needed: an electronic file is checked by the platform&apos;s electronic seal, a paper copy by its report number and verification code.</translation>
    </message>
    <message>
        <source>还没有连接到信用平台，请稍候再试。</source>
        <translation>Not connected to the credit platform yet. Please try again in a moment.</translation>
    </message>
    <message>
        <source>选择信用报告</source>
        <translation>Choose a credit report</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>正在核验 {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>请填写报告编号和验证码（都印在报告首页）。</source>
        <translation>Please enter the report number and the verification code (both are printed on the report&apos;s first page).</translation>
    </message>
    <message>
        <source>正在核验报告 {number}…</source>
        <translation>Checking report {number}…</translation>
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
        <source>数据库 {path} 正由另一个演示平台使用（进程 {pid}，{url}）：请换一个 --db 文件，或使用那个平台。</source>
        <translation>The database {path} is in use by another demo platform (process {pid}, {url}): choose another --db file, or use that platform.</translation>
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
    <message>
        <source>没有失信记录。</source>
        <translation>No adverse records.</translation>
    </message>
    <message>
        <source>可以申请修复</source>
        <translation>Can apply for repair</translation>
    </message>
    <message>
        <source>{date}起可以申请修复</source>
        <translation>Can apply for repair from {date}</translation>
    </message>
    <message>
        <source>暂不能申请修复</source>
        <translation>Cannot apply for repair yet</translation>
    </message>
    <message>
        <source>不可修复</source>
        <translation>Cannot be repaired</translation>
    </message>
    <message>
        <source>修复办理中</source>
        <translation>Repair under way</translation>
    </message>
    <message>
        <source>已修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>已停止公示</source>
        <translation>No longer published</translation>
    </message>
    <message>
        <source>没有信用修复申请或异议。</source>
        <translation>No credit repair applications or objections.</translation>
    </message>
    <message>
        <source>受理期限</source>
        <translation>Accept by</translation>
    </message>
    <message>
        <source>办结期限</source>
        <translation>Decide by</translation>
    </message>
    <message>
        <source>（预计）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>平台已超过办理期限</source>
        <translation>The platform is past its deadline</translation>
    </message>
    <message>
        <source>轻微</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>至今</source>
        <translation>present</translation>
    </message>
    <message>
        <source>{klass}：最短公示 {min} 个月，最长 {max} 个月</source>
        <translation>{klass}: published for at least {min} and at most {max} months</translation>
    </message>
    <message>
        <source>受理 {a} 个工作日，决定 {d} 个工作日（复杂 +{c}），异议核查 {o} 个工作日</source>
        <translation>Acceptance {a} working days, decision {d} working days (complex cases +{c}), objection check {o} working days</translation>
    </message>
    <message>
        <source>{option} 不是有效的日期：{value}（例如 2026-03-05）</source>
        <translation>{option} is not a valid date: {value} (for example 2026-03-05)</translation>
    </message>
    <message>
        <source>--from 和 --to 只用于专项信用报告（--edition special）。</source>
        <translation>--from and --to are only for a special credit report (--edition special).</translation>
    </message>
    <message>
        <source>查询期间的起始日晚于截止日。</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <source>查询期间不能晚于今天。</source>
        <translation>The period cannot end after today.</translation>
    </message>
    <message>
        <source>专项信用报告最多查询三年，起始日不能早于 {day}。</source>
        <translation>A special credit report covers at most three years: the period cannot start before {day}.</translation>
    </message>
    <message>
        <source>请用 --firm 指定企业的统一社会信用代码。</source>
        <translation>Please give the firm&apos;s unified social credit code with --firm.</translation>
    </message>
    <message>
        <source>请用 --out 指定保存报告的文件，例如 --out 信用报告.pdf。</source>
        <translation>Please give the file to save the report to with --out, for example --out credit-report.pdf.</translation>
    </message>
    <message>
        <source>用途说明过长或含有无效字符（最多 60 个字）。</source>
        <translation>The purpose note is too long or has characters that are not allowed (at most 60 characters).</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{reason}</source>
        <translation>Could not save to {path}: {reason}</translation>
    </message>
    <message>
        <source>已取得{edition}，报告编号 {no}，验证码 {code}</source>
        <translation>Issued: {edition}, report number {no}, verification code {code}</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>今年免费报告还剩 {left} 份（每年 {total} 份）</source>
        <translation>Free reports left this year: {left} ({total} a year)</translation>
    </message>
    <message>
        <source>注意：这是演示平台签发的报告，不是正式报告。</source>
        <translation>Note: this report was issued by the demo platform; it is not an official report.</translation>
    </message>
    <message>
        <source>请给出报告 PDF 文件，或者同时给出 --report-no 和 --code（纸质报告）。</source>
        <translation>Please give the report&apos;s PDF file, or both --report-no and --code (for a paper copy).</translation>
    </message>
    <message>
        <source>企业：{name}（{uscc}）</source>
        <translation>Firm: {name} ({uscc})</translation>
    </message>
    <message>
        <source>报告：{edition}，编号 {no}，签发于 {time}</source>
        <translation>Report: {edition}, number {no}, issued {time}</translation>
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
        <source>· 另有{count}处</source>
        <translation>· and {count} more</translation>
    </message>
    <message>
        <source>已退出登录，这项操作没有完成。已保存的数据不会丢失。</source>
        <translation>You signed out, so this did not finish. Nothing saved is lost.</translation>
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
        <source>信用记录与修复</source>
        <translation>Credit records and repair</translation>
    </message>
    <message>
        <source>信用报告</source>
        <translation>Credit reports</translation>
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
    <name>platform</name>
    <message>
        <source>内置演示平台正由本机另一个程序（进程 {pid}）使用。请关闭它后再试。</source>
        <translation>The built-in demo platform is in use by another program on this PC (process {pid}). Close it and try again.</translation>
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
    <name>repair</name>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <source>{years}年</source>
        <translation>{years} year(s)</translation>
    </message>
    <message>
        <source>{months}个月</source>
        <translation>{months} month(s)</translation>
    </message>
    <message>
        <source>轻微</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>在可以修复之前，公示期已于{date}届满，届时自动停止公示，无需申请。</source>
        <translation>The publication period ends on {date}, before the record could be repaired; publication then stops by itself, with no application needed.</translation>
    </message>
    <message>
        <source>已提交信用修复申请，正在办理。</source>
        <translation>A credit repair application has been submitted and is under way.</translation>
    </message>
    <message>
        <source>该记录已完成信用修复，不再公示，也不再作为失信信息使用。</source>
        <translation>This record has been repaired: it is no longer published or used as adverse information.</translation>
    </message>
    <message>
        <source>最长公示期已于{date}届满，已自动停止公示。</source>
        <translation>The maximum publication period ended on {date}; publication has stopped by itself.</translation>
    </message>
    <message>
        <source>法律、法规规定终身禁入或不得修复的失信信息，不能申请信用修复，公示期满后自动停止公示。</source>
        <translation>The law bars this for life or does not allow it to be repaired, so credit repair cannot be applied for; publication stops by itself when the period is over.</translation>
    </message>
    <message>
        <source>{klass}失信信息最短公示{period}{where}，公示期至{date}。</source>
        <translation>{klass} adverse records stay published for at least {period}{where}; for this one that is until {date}.</translation>
    </message>
    <message>
        <source>（{sector}领域标准）</source>
        <translation> (under the {sector} sector&apos;s rules)</translation>
    </message>
    <message>
        <source>处罚本身的期限（{period}）到{date}才结束，期满前不能修复。</source>
        <translation>The penalty&apos;s own term ({period}) runs until {date}; the record cannot be repaired before then.</translation>
    </message>
    <message>
        <source>罚款{amount}元尚未缴纳，缴清后才能申请。</source>
        <translation>The fine of {amount} yuan is not paid yet; you can apply once it is paid in full.</translation>
    </message>
    <message>
        <source>罚款已于{date}缴清。</source>
        <translation>The fine was paid in full on {date}.</translation>
    </message>
    <message>
        <source>还需先补报年度报告或更正登记信息，平台确认后才能申请。</source>
        <translation>First file the missing annual report or correct the registration details; you can apply once the platform confirms it.</translation>
    </message>
    <message>
        <source>还需先纠正失信行为并履行相关义务，平台确认后才能申请。</source>
        <translation>First put the problem right and meet the obligations involved; you can apply once the platform confirms it.</translation>
    </message>
    <message>
        <source>已于{date}完成整改。</source>
        <translation>The problems were fixed on {date}.</translation>
    </message>
    <message>
        <source>曾提交虚假材料（{found}认定），{years}年内（至{date}）不得申请修复。</source>
        <translation>False materials were submitted before (found on {found}), so repair cannot be applied for within {years} year(s) (until {date}).</translation>
    </message>
    <message>
        <source>请选择要修复的失信记录</source>
        <translation>Choose the adverse records to repair</translation>
    </message>
    <message>
        <source>请填写申请理由（说明已如何整改、履行了哪些义务）</source>
        <translation>Enter the reason for the application (how the problem was fixed and which obligations were met)</translation>
    </message>
    <message>
        <source>请填写联系人</source>
        <translation>Enter a contact person</translation>
    </message>
    <message>
        <source>请填写联系电话</source>
        <translation>Enter a contact phone number</translation>
    </message>
    <message>
        <source>请填写承诺书签署人</source>
        <translation>Enter who signs the commitment letter</translation>
    </message>
    <message>
        <source>请填写代理人姓名</source>
        <translation>Enter the agent&apos;s name</translation>
    </message>
    <message>
        <source>缺少材料：{name}</source>
        <translation>Missing material: {name}</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>需补正材料</source>
        <translation>More materials requested</translation>
    </message>
    <message>
        <source>已补正</source>
        <translation>Materials supplied</translation>
    </message>
    <message>
        <source>已修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>不予修复</source>
        <translation>Repair refused</translation>
    </message>
    <message>
        <source>已转交认定单位</source>
        <translation>Forwarded to the deciding authority</translation>
    </message>
    <message>
        <source>异议成立</source>
        <translation>Objection upheld</translation>
    </message>
    <message>
        <source>异议不成立</source>
        <translation>Objection dismissed</translation>
    </message>
    <message>
        <source>申请还缺 {count} 项，补齐后才能提交（草稿已保存）：
{lines}</source>
        <translation>The application still lacks {count} item(s); complete them before you submit (the draft is saved):
{lines}</translation>
    </message>
    <message>
        <source>“{name}”超过本项材料 {limit}MB 的上限，请压缩后再选择。</source>
        <translation>“{name}” is larger than this item&apos;s limit of {limit} MB. Please make it smaller and choose it again.</translation>
    </message>
    <message>
        <source>“{name}”不是本项材料接受的文件（接受：{kinds}）。</source>
        <translation>“{name}” is not a file type this item accepts (accepted: {kinds}).</translation>
    </message>
    <message>
        <source>信用修复申请：{what}</source>
        <translation>Credit repair application: {what}</translation>
    </message>
    <message>
        <source>信用修复申请</source>
        <translation>Credit repair application</translation>
    </message>
    <message>
        <source>承诺书“{label}”：{problem}</source>
        <translation>Commitment letter, “{label}”: {problem}</translation>
    </message>
    <message>
        <source>内容不符合平台要求（例如含有控制字符或过长），请检查后重新填写。</source>
        <translation>The platform would not accept this (for example it contains control characters or is too long). Please check it and type it again.</translation>
    </message>
    <message>
        <source>请写明记录哪里有误、应当如何更正</source>
        <translation>Please say what is wrong in the record and how it should be corrected</translation>
    </message>
    <message>
        <source>请至少附一份证明材料</source>
        <translation>Please attach at least one piece of evidence</translation>
    </message>
    <message>
        <source>现在可以申请修复</source>
        <translation>Can apply for repair now</translation>
    </message>
    <message>
        <source>30天内可以申请</source>
        <translation>Can apply within 30 days</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>信用修复待办</source>
        <translation>Credit repair to-do</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>失信记录或案件</source>
        <translation>Record or case</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>是否逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>平台已逾期</source>
        <translation>Platform overdue</translation>
    </message>
    <message>
        <source>日期：可以申请的日期，或办理中案件的下一个办理期限（按工作日计算）。</source>
        <translation>Date: the day you can apply from, or the next deadline of a case under way (counted in working days).</translation>
    </message>
    <message>
        <source>数据截至 {time}</source>
        <translation>Data as of {time}</translation>
    </message>
    <message>
        <source>未能读取：{firm}（离线且本机没有缓存）</source>
        <translation>Could not load: {firm} (offline, and nothing saved on this computer)</translation>
    </message>
</context>
<context>
    <name>report_verdict</name>
    <message>
        <source>平台有这份报告</source>
        <translation>The platform holds this report</translation>
    </message>
    <message>
        <source>报告编号和验证码正确。请核对下面的企业名称、出具时间和报告种类是否与纸质报告一致，一致才是真报告。</source>
        <translation>The report number and verification code match. Check that the firm name, issue time and edition below are the same as on the paper copy: only then is it genuine.</translation>
    </message>
    <message>
        <source>报告真实有效</source>
        <translation>The report is genuine</translation>
    </message>
    <message>
        <source>这份文件由信用平台出具并签章，出具后没有被改动过，与平台登记的报告一致。</source>
        <translation>This file was issued and sealed by the credit platform, has not been changed since, and is the report the platform holds.</translation>
    </message>
    <message>
        <source>文件没有平台签章</source>
        <translation>The file has no platform seal</translation>
    </message>
    <message>
        <source>这份PDF没有信用平台的电子签章，可能经过另存、转换或重新排版，不能当作平台出具的报告。</source>
        <translation>This PDF carries no electronic seal of the credit platform. It may have been re-saved, converted or re-typeset, and cannot be taken as a report issued by the platform.</translation>
    </message>
    <message>
        <source>无法读取这个文件</source>
        <translation>This file cannot be read</translation>
    </message>
    <message>
        <source>这不是一份能打开的PDF报告，请向对方索要从信用平台下载的原始文件。</source>
        <translation>This is not a PDF report that can be opened. Ask the sender for the original file downloaded from the credit platform.</translation>
    </message>
    <message>
        <source>与平台登记的报告不一致</source>
        <translation>Differs from the report the platform holds</translation>
    </message>
    <message>
        <source>这份文件与平台为该报告编号登记的文件不是同一份，请以从信用平台重新下载的报告为准。</source>
        <translation>This file is not the one the platform holds for this report number. Rely on the report as downloaded again from the credit platform.</translation>
    </message>
    <message>
        <source>报告已被改动</source>
        <translation>The report has been changed</translation>
    </message>
    <message>
        <source>这份文件在平台签章之后被修改过或已损坏，里面的内容不可信。</source>
        <translation>This file was changed or damaged after the platform sealed it; its content cannot be trusted.</translation>
    </message>
    <message>
        <source>不是信用平台出具的报告</source>
        <translation>Not a report issued by the credit platform</translation>
    </message>
    <message>
        <source>文件上的电子签章不是信用平台的，不能证明这份报告由平台出具。</source>
        <translation>The electronic seal on this file is not the credit platform&apos;s, so it does not prove the platform issued this report.</translation>
    </message>
    <message>
        <source>平台查无此报告</source>
        <translation>The platform has no such report</translation>
    </message>
    <message>
        <source>平台没有这个报告编号，或者验证码不符，请核对编号和验证码后再试。</source>
        <translation>The platform has no report with this number, or the verification code does not match. Check the number and code and try again.</translation>
    </message>
    <message>
        <source>签章有效，未能联网核验</source>
        <translation>Seal valid; not checked online</translation>
    </message>
    <message>
        <source>文件上的平台签章完好、内容未被改动，但现在连不上信用平台，联网后可再核对一次。</source>
        <translation>The platform&apos;s seal on the file is intact and the content has not been changed, but the credit platform cannot be reached now; check again once online.</translation>
    </message>
    <message>
        <source>暂时无法核验</source>
        <translation>Cannot be checked now</translation>
    </message>
    <message>
        <source>现在连不上信用平台，本机也还没有平台的签章证书，暂时无法核验，请联网后再试。</source>
        <translation>The credit platform cannot be reached and this PC does not have the platform&apos;s seal certificate yet, so the report cannot be checked now. Try again once online.</translation>
    </message>
</context>
<context>
    <name>report_verify</name>
    <message>
        <source>文件太大，不是平台签发的信用报告。</source>
        <translation>The file is too large to be a credit report issued by the platform.</translation>
    </message>
    <message>
        <source>无法读取这个文件，请确认它没有被移动或正在被其他程序使用。</source>
        <translation>This file cannot be read. Please make sure it has not been moved and is not in use by another program.</translation>
    </message>
    <message>
        <source>这不是 PDF 文件。纸质报告或扫描件请输入报告编号和验证码核验。</source>
        <translation>This is not a PDF file. For a paper copy or a scan, enter the report number and verification code instead.</translation>
    </message>
    <message>
        <source>报告编号应为 22 位（19 位数字、字母 D 和 2 位校验数字），请对照报告核对后重新输入。</source>
        <translation>A report number has 22 characters (19 digits, the letter D and 2 check digits). Please compare it with the report and enter it again.</translation>
    </message>
    <message>
        <source>验证码应为 {count} 位字母或数字，请对照报告核对后重新输入。</source>
        <translation>A verification code has {count} letters or digits. Please compare it with the report and enter it again.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>暂时连不上平台，报告申请已保存，联网后会自动取得（不会重复占用免费次数）。</source>
        <translation>The platform cannot be reached right now. The request is saved and the report will be fetched automatically once online (without using a second free report).</translation>
    </message>
    <message>
        <source>这份报告还没有保存到本机，连上平台后才能打开。</source>
        <translation>This report is not saved on this PC yet; it can be opened once the platform can be reached.</translation>
    </message>
    <message>
        <source>此记录已修复，新取得的报告中不再出现。</source>
        <translation>This record has been repaired and will not appear in a new report.</translation>
    </message>
    <message>
        <source>此记录已到期停止公示，新取得的报告中不再出现。</source>
        <translation>This record&apos;s publication period has ended; it will not appear in a new report.</translation>
    </message>
    <message>
        <source>平台已撤下或更正此记录。</source>
        <translation>The platform has withdrawn or corrected this record.</translation>
    </message>
    <message>
        <source>此记录现在可以申请信用修复。</source>
        <translation>Credit repair can be applied for now for this record.</translation>
    </message>
    <message>
        <source>这条报告申请已损坏，请重新申请。</source>
        <translation>This report request is damaged. Please request the report again.</translation>
    </message>
    <message>
        <source>无法写入所选文件夹：{error}</source>
        <translation>Cannot write to the chosen folder: {error}</translation>
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
