<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>AdditionalWorkConsentDialog</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="197" />
            <source>Additional work</source>
            <translation>추가정비</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="206" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="207" />
            <source>Approved: bill it</source>
            <translation>승인: 청구에 추가</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="223" />
            <source>Not recorded</source>
            <translation>기록되지 않음</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <location filename="../../ui/fmt.py" line="77" />
            <source>{m} min</source>
            <extracomment>Receipt status (reception context) -&gt; the board status with the same colour.</extracomment>
            <translation>{m}분</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="80" />
            <source>{h} h {m} min</source>
            <translation>{h}시간 {m}분</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="81" />
            <source>{d} d</source>
            <translation>{d}일</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="73" />
            <source>Pitlane cannot start</source>
            <translation>Pitlane을 시작할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="212" />
            <source>Pitlane could not read its settings.

{reason}

Correct the profile, then start Pitlane again.</source>
            <translation>Pitlane이 설정을 읽지 못했습니다.

{reason}

프로필을 고친 뒤 Pitlane을 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="215" />
            <source>the database of your profile</source>
            <translation>프로필에 설정된 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="216" />
            <source>Pitlane could not open the shop's database ({where}).

{reason}

Check that the database server is running and reachable (or that the folder of the database file exists and is writable), then start Pitlane again. To try it without your data, start it with --demo.

Details are in {log}.</source>
            <translation>정비소 데이터베이스({where})를 열 수 없습니다.

{reason}

데이터베이스 서버가 켜져 있고 연결되는지(또는 데이터베이스 파일의 폴더가 있고 쓰기 가능한지) 확인한 뒤 Pitlane을 다시 시작하세요. 실제 데이터 없이 써 보려면 --demo 옵션으로 시작하세요.

자세한 내용: {log}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="64" />
            <source>Audit trail: who did what, where and when</source>
            <translation>감사 기록: 누가, 어디서, 언제, 무엇을 했는지</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="67" />
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="69" />
            <source>Receipt no.</source>
            <translation>접수 번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="71" />
            <source>Invoice no.</source>
            <translation>청구서 번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="73" />
            <source>Car number</source>
            <translation>차량 번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="80" />
            <source>Show</source>
            <translation>조회</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="81" />
            <source>Export CSV…</source>
            <translation>CSV로 내보내기…</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="86" />
            <source>From</source>
            <translation>시작일</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="88" />
            <source>To</source>
            <translation>종료일</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="123" />
            <source>{n} events</source>
            <translation>이벤트 {n}건</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="127" />
            <source>Export the audit trail</source>
            <translation>감사 기록 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="133" />
            <source>{n} events exported to {path}</source>
            <translation>이벤트 {n}건을 {path}에 내보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../ui/backup_dialog.py" line="65" />
            <source>Backup</source>
            <translation>백업</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="71" />
            <source>A verified copy of the shop's database, taken while the terminals keep working. Automatic copies are also kept every day (7 days, then 4 weeks).</source>
            <translation>정비소 데이터베이스의 검증된 사본입니다. 다른 단말기는 그동안에도 계속 쓸 수 있습니다. 자동 사본도 매일 보관됩니다(7일, 그 뒤 4주).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="85" />
            <source>To restore a backup, close Pitlane on every terminal, then run: pitlane-admin restore PATH (the backup is verified first and the replaced database is kept).</source>
            <translation>백업을 되살리려면 모든 단말기에서 Pitlane을 닫은 뒤 pitlane-admin restore 경로 를 실행하세요(백업을 먼저 검증하고, 바뀌기 전 데이터베이스는 보관합니다).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="94" />
            <source>Back up now</source>
            <translation>지금 백업</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="95" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="113" />
            <source>Copying…</source>
            <translation>복사하는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="125" />
            <source>Backup written and verified: {path} ({size:,.1f} MB in {seconds:.1f} s).</source>
            <translation>백업을 쓰고 검증했습니다: {path} ({size:,.1f} MB, {seconds:.1f}초).</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="135" />
            <source>No backup was made: {why}</source>
            <translation>백업을 만들지 못했습니다: {why}</translation>
        </message>
    </context>
    <context>
        <name>Bill</name>
        <message>
            <location filename="../../ui/billing/lines.py" line="27" />
            <source>Labour</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="28" />
            <source>Part</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="29" />
            <source>Discount</source>
            <translation>할인</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="38" />
            <source>Labour (the receipt's fare)</source>
            <translation>공임 (접수 시 공임)</translation>
        </message>
    </context>
    <context>
        <name>BillLinesPanel</name>
        <message>
            <location filename="../../ui/billing/lines.py" line="88" />
            <source>Bill lines</source>
            <translation>청구 내역</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="96" />
            <source>Labour: what was done</source>
            <translation>공임: 한 작업</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="98" />
            <source>Add labour</source>
            <translation>공임 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="104" />
            <source>Discount: why</source>
            <translation>할인: 사유</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="108" />
            <source>Add discount</source>
            <translation>할인 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="109" />
            <source>Remove line</source>
            <translation>줄 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="150" />
            <source>Subtotal {subtotal} · VAT {vat} · total {total}</source>
            <translation>공급가액 {subtotal} · 부가세 {vat} · 합계 {total}</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="171" />
            <source>Labour added</source>
            <translation>공임을 추가했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="182" />
            <source>Discount added</source>
            <translation>할인을 추가했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="189" />
            <source>Line removed</source>
            <translation>줄을 삭제했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="202" />
            <source>Not done</source>
            <translation>처리하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>Board</name>
        <message>
            <location filename="../../ui/models/board.py" line="305" />
            <source>Voided</source>
            <translation>무효</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="307" />
            <source>Paid</source>
            <translation>완납</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="308" />
            <source>Due {amount}</source>
            <translation>미수 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="263" />
            <source>Overdue {date}</source>
            <translation>지연 {date}</translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <location filename="../../ui/screens/board.py" line="37" />
            <source>All receipts</source>
            <extracomment>(label, statuses, unpaid only)</extracomment>
            <translation>전체 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="38" />
            <source>In the shop now</source>
            <translation>현재 입고 차량</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="39" />
            <location filename="../../ui/screens/board.py" line="48" />
            <source>Requested</source>
            <translation>요청됨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="40" />
            <source>Waiting to start</source>
            <translation>작업 대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="41" />
            <location filename="../../ui/screens/board.py" line="50" />
            <source>In work</source>
            <translation>작업 중</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="42" />
            <source>Finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="43" />
            <location filename="../../ui/screens/board.py" line="51" />
            <source>Awaiting payment</source>
            <translation>결제 대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="44" />
            <source>Rejected or cancelled</source>
            <translation>거절·취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="49" />
            <source>Waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="122" />
            <source>Status board</source>
            <translation>정비 현황판</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="141" />
            <location filename="../../ui/screens/board.py" line="246" />
            <source>All mechanics</source>
            <translation>전체 정비사</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="165" />
            <source>No receipts match this filter.</source>
            <translation>이 조건에 맞는 접수가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/models/board.py" line="66" />
            <location filename="../../ui/models/tables.py" line="36" />
            <location filename="../../ui/users/audit_screen.py" line="40" />
            <source>Receipt</source>
            <extracomment>An overdue promise: white on a strong red, readable across the workshop (contrast 6.5:1), on light and dark. Status filter choices: (label, job statuses, unpaid only). Empty statuses = all. (before_receipt_id or None, limit, filter) -&gt; rows newest first</extracomment>
            <translation>접수번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="46" />
            <location filename="../../ui/models/board.py" line="67" />
            <location filename="../../ui/models/tables.py" line="44" />
            <location filename="../../ui/models/tables.py" line="93" />
            <location filename="../../ui/models/tables.py" line="255" />
            <location filename="../../ui/till/models.py" line="65" />
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="44" />
            <location filename="../../ui/models/board.py" line="68" />
            <location filename="../../ui/models/tables.py" line="43" />
            <location filename="../../ui/models/tables.py" line="92" />
            <location filename="../../ui/models/tables.py" line="256" />
            <location filename="../../ui/till/models.py" line="66" />
            <location filename="../../ui/users/audit_screen.py" line="42" />
            <source>Car number</source>
            <translation>차량번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="70" />
            <location filename="../../ui/models/board.py" line="69" />
            <location filename="../../ui/models/tables.py" line="45" />
            <location filename="../../ui/models/tables.py" line="72" />
            <location filename="../../ui/models/tables.py" line="227" />
            <source>Mechanic</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="72" />
            <location filename="../../ui/models/board.py" line="70" />
            <location filename="../../ui/models/tables.py" line="47" />
            <location filename="../../ui/models/tables.py" line="74" />
            <location filename="../../ui/models/tables.py" line="95" />
            <location filename="../../ui/models/tables.py" line="206" />
            <location filename="../../ui/users/users_screen.py" line="30" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="71" />
            <source>Age</source>
            <translation>경과</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="77" />
            <location filename="../../ui/models/board.py" line="72" />
            <location filename="../../ui/models/tables.py" line="257" />
            <location filename="../../ui/till/models.py" line="68" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="73" />
            <source>Paid</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="39" />
            <location filename="../../ui/models/tables.py" line="194" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="52" />
            <location filename="../../ui/models/tables.py" line="78" />
            <source>Fare</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="67" />
            <location filename="../../ui/models/tables.py" line="67" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="71" />
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="91" />
            <location filename="../../ui/models/tables.py" line="199" />
            <source>Job</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="141" />
            <location filename="../../ui/models/tables.py" line="202" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="142" />
            <location filename="../../ui/users/users_screen.py" line="28" />
            <source>Name</source>
            <translation>품명</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="144" />
            <source>Price</source>
            <translation>단가</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="151" />
            <source>Stock</source>
            <translation>재고</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="161" />
            <source>Reorder at</source>
            <translation>주문 기준</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="203" />
            <source>Part</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="204" />
            <source>Qty</source>
            <translation>수량</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="211" />
            <source>Price / reason</source>
            <translation>금액 / 사유</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="226" />
            <source>No.</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="229" />
            <source>Man-days left</source>
            <translation>남은 공수</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="236" />
            <source>Open jobs</source>
            <translation>진행 작업</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="82" />
            <location filename="../../ui/models/tables.py" line="254" />
            <location filename="../../ui/till/models.py" line="64" />
            <location filename="../../ui/users/audit_screen.py" line="41" />
            <source>Invoice</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="259" />
            <source>Balance</source>
            <translation>잔액</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="52" />
            <source>Day</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="53" />
            <source>Z report</source>
            <translation>Z 리포트</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="54" />
            <source>Closed at</source>
            <translation>마감 시각</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="55" />
            <location filename="../../ui/till/models.py" line="122" />
            <source>By</source>
            <translation>마감자</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="71" />
            <source>To settle</source>
            <translation>정산할 금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="79" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="105" />
            <location filename="../../ui/users/audit_screen.py" line="35" />
            <source>When</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="107" />
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="114" />
            <location filename="../../ui/till/models.py" line="136" />
            <source>Method</source>
            <translation>수단</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="55" />
            <location filename="../../ui/till/models.py" line="116" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="141" />
            <source>Payments</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="147" />
            <source>Refunds</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="153" />
            <source>Net</source>
            <translation>순액</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="36" />
            <source>Who</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="37" />
            <location filename="../../ui/users/users_screen.py" line="29" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="38" />
            <source>Terminal</source>
            <translation>단말기</translation>
        </message>
        <message>
            <location filename="../../ui/users/audit_screen.py" line="39" />
            <source>Event</source>
            <translation>이벤트</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="52" />
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="53" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../ui/billing/lines.py" line="60" />
            <source>Added by</source>
            <translation>입력자</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="74" />
            <location filename="../../ui/models/tables.py" line="53" />
            <location filename="../../ui/models/tables.py" line="100" />
            <source>Promised</source>
            <translation>약속일</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="106" />
            <source>Starts</source>
            <translation>시작 예정</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="241" />
            <source>Next free day</source>
            <translation>다음 빈 날</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="45" />
            <source>Model</source>
            <translation>차명</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="47" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="49" />
            <source>Last visit</source>
            <translation>최근 방문</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="68" />
            <source>Mileage</source>
            <translation>주행거리</translation>
        </message>
        <message>
            <location filename="../../ui/customers/models.py" line="69" />
            <source>Work done</source>
            <translation>정비 내용</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="168" />
            <source>Origin</source>
            <translation>구분</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../ui/billing/correction.py" line="57" />
            <source>Reissue invoice {no}</source>
            <translation>청구서 {no} 재발행</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="63" />
            <source>A credit note cancels invoice {no} and a new invoice is issued for the same job with the lines below; the parts carry over. What was paid counts on the new invoice.</source>
            <translation>매출 취소 명세서로 청구서 {no}을(를) 취소하고, 같은 작업에 대해 아래 항목으로 새 청구서를 발행합니다. 부품 항목은 그대로 옮겨집니다. 이미 받은 금액은 새 청구서에 반영됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="72" />
            <source>No.</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="73" />
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="74" />
            <source>Description</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="75" />
            <source>Amount (won)</source>
            <translation>금액 (원)</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="76" />
            <source>Percent (%)</source>
            <translation>할인율 (%)</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="77" />
            <source>On line</source>
            <translation>적용 항목</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="91" />
            <source>Add labour</source>
            <translation>공임 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="92" />
            <source>Add discount</source>
            <translation>할인 추가</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="93" />
            <source>Remove line</source>
            <translation>항목 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="98" />
            <source>Why is it reissued? (printed on the credit note)</source>
            <translation>재발행 사유 (취소 명세서에 인쇄됩니다)</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="105" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="106" />
            <source>Reissue (재발행)</source>
            <translation>재발행</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="166" />
            <source>Parts carry over as they are.</source>
            <translation>부품 항목은 그대로 옮겨집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="176" />
            <source>Labour</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="176" />
            <source>Discount</source>
            <translation>할인</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="176" />
            <source>Part</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="230" />
            <source>Whole bill</source>
            <translation>청구 전체</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="248" />
            <source>Parts carry over as they are; they cannot be removed here.</source>
            <translation>부품 항목은 그대로 옮겨지므로 여기서 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/billing/correction.py" line="255" />
            <source>A discount is on line {no}: remove the discount or put it on another line first.</source>
            <translation>{no}번 항목에 할인이 적용되어 있습니다. 먼저 그 할인을 삭제하거나 다른 항목으로 옮기세요.</translation>
        </message>
    </context>
    <context>
        <name>DayCloseTab</name>
        <message>
            <location filename="../../ui/till/dayclose.py" line="81" />
            <source>Day close</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="82" />
            <source>Money taken by method, documents issued, what is still owed. A closed day takes no money.</source>
            <translation>결제 수단별 수납액, 발행 문서, 미수금입니다. 마감한 날에는 결제를 받을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="91" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="109" />
            <source>Invoices issued</source>
            <translation>발행 청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="110" />
            <source>Credit notes</source>
            <translation>취소 전표</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="111" />
            <source>Net sales</source>
            <translation>순매출</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="112" />
            <source>Still owed</source>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="120" />
            <source>Close the day…</source>
            <translation>일 마감…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="122" />
            <source>Closed days</source>
            <translation>마감한 날</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="130" />
            <source>Z report</source>
            <translation>Z 리포트</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="132" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="133" />
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="182" />
            <source>Closed · {z}</source>
            <translation>마감됨 · {z}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="185" />
            <source>Closed {when} by {who}. Nothing can be paid, refunded or voided into this day.</source>
            <translation>{when} {who} 마감. 이 날짜로는 결제, 환불, 무효 처리를 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="193" />
            <source>Open</source>
            <translation>미마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="195" />
            <source>Figures so far; they are fixed when the day is closed.</source>
            <translation>지금까지의 금액이며, 마감할 때 확정됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="197" />
            <source>The Z report is made when the day is closed.</source>
            <translation>Z 리포트는 마감할 때 만들어집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="214" />
            <source>Preparing the Z report {z}…</source>
            <translation>Z 리포트 {z} 준비 중…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="227" />
            <source>No PDF to show.</source>
            <translation>보여줄 PDF가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="228" />
            <source>The Z report PDF is not there</source>
            <translation>Z 리포트 PDF가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="238" />
            <source>Close {day}?</source>
            <translation>{day}을(를) 마감할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="240" />
            <source>Payments {pay}, refunds {back}, net {net}; {n} invoice(s), {c} credit note(s).

After the close no payment, refund or credit note can be recorded into {day}. Close it?</source>
            <translation>결제 {pay}, 환불 {back}, 순액 {net}; 청구서 {n}건, 취소 전표 {c}건.

마감 후에는 {day}에 결제, 환불, 취소 전표를 기록할 수 없습니다. 마감할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="268" />
            <source>{day} is closed: Z report {z}</source>
            <translation>{day} 마감 완료: Z 리포트 {z}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="269" />
            <source>Print it for the day's records.</source>
            <translation>일일 기록용으로 인쇄하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="274" />
            <source>The day was not closed</source>
            <translation>마감하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="290" />
            <source>Not printed</source>
            <translation>인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="295" />
            <location filename="../../ui/till/dayclose.py" line="306" />
            <source>{z} was not printed</source>
            <translation>{z}을(를) 인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="308" />
            <source>{z} sent to the printer</source>
            <translation>{z}을(를) 프린터로 보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>EditRecordDialog</name>
        <message>
            <location filename="../../ui/customers/edit.py" line="23" />
            <source>Correct {car}</source>
            <translation>{car} 정보 고치기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="25" />
            <source>Every change is recorded with who made it and when.</source>
            <translation>모든 변경은 누가 언제 했는지와 함께 기록됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="31" />
            <source>Model</source>
            <translation>차명</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="32" />
            <source>Car id (VIN)</source>
            <translation>차대번호(VIN)</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="34" />
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../ui/customers/edit.py" line="35" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="83" />
            <source>This could not be done because of an unexpected problem. The details are in {log}.</source>
            <translation>예상하지 못한 문제로 처리하지 못했습니다. 자세한 내용은 {log}에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="109" />
            <source>Pitlane — unexpected problem</source>
            <translation>Pitlane — 예상하지 못한 문제</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="110" />
            <source>Something went wrong that Pitlane did not expect.</source>
            <translation>Pitlane이 예상하지 못한 문제가 생겼습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="112" />
            <source>What you just did may not have been saved: check the screen (for example the status board) and do it again if it is missing.

If this keeps happening, restart Pitlane and send this file to whoever supports your shop's computers:
{log}</source>
            <translation>방금 한 작업이 저장되지 않았을 수 있습니다. 화면(예: 현황판)에서 확인하고, 빠져 있으면 다시 해 주세요.

계속 이런 일이 생기면 Pitlane을 다시 시작하고, 이 파일을 정비소 컴퓨터 관리 담당자에게 보내 주세요:
{log}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="120" />
            <source>Open log folder</source>
            <translation>로그 폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="122" />
            <source>Copy file path</source>
            <translation>파일 경로 복사</translation>
        </message>
    </context>
    <context>
        <name>EstimateDialog</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="57" />
            <source>Estimate</source>
            <translation>견적</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="62" />
            <source>e.g. 12가3456</source>
            <translation>예: 12가3456</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="69" />
            <source>e.g. 브레이크 패드 교환</source>
            <translation>예: 브레이크 패드 교환</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="71" />
            <source>Customer *</source>
            <translation>고객 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="72" />
            <source>Car number *</source>
            <translation>차량 번호 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="73" />
            <source>Phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="74" />
            <source>Mechanic *</source>
            <translation>정비사 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="75" />
            <source>Man-days *</source>
            <translation>공수 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="76" />
            <source>Labour *</source>
            <translation>공임 *</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="77" />
            <source>Work</source>
            <translation>정비 내용</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="78" />
            <source>Valid for (days)</source>
            <translation>유효기간(일)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="88" />
            <source>Why not (optional)</source>
            <translation>거절 이유 (선택)</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="94" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="95" />
            <location filename="../../ui/estimates/dialog.py" line="177" />
            <source>Declined</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="96" />
            <source>Approved: request the repair</source>
            <translation>승인: 정비 접수</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="97" />
            <source>Draft estimate</source>
            <translation>견적서 작성</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="135" />
            <source>Estimate {no}: {total} (VAT included), valid until {until}</source>
            <translation>견적 {no}: {total} (부가세 포함), {until}까지 유효</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="140" />
            <source>Estimate drafted</source>
            <translation>견적서 작성됨</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="140" />
            <source>Ask the customer, then record the answer.</source>
            <translation>고객에게 확인한 뒤 답을 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="155" />
            <source>Not accepted</source>
            <translation>접수되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="160" />
            <source>Repair requested</source>
            <translation>정비 접수됨</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="160" />
            <source>Receipt {id}</source>
            <translation>접수 {id}</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="177" />
            <source>The work is kept for the car's next visit.</source>
            <translation>이 작업은 차량의 다음 방문 때 다시 안내합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="181" />
            <source>Not drafted</source>
            <translation>작성되지 않음</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="185" />
            <source>Not recorded</source>
            <translation>기록되지 않음</translation>
        </message>
    </context>
    <context>
        <name>Estimates</name>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="28" />
            <source>In person</source>
            <extracomment>How the customer agreed, in the order the desk meets them.</extracomment>
            <translation>방문</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="29" />
            <source>By phone</source>
            <translation>전화</translation>
        </message>
        <message>
            <location filename="../../ui/estimates/dialog.py" line="30" />
            <source>By message</source>
            <translation>메시지</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <location filename="../../ui/event_names.py" line="18" />
            <source>Repair requested</source>
            <translation>정비 접수</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="19" />
            <source>Request cancelled or rejected</source>
            <translation>접수 취소·거절</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="20" />
            <source>Invoice issued</source>
            <translation>청구서 발행</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="21" />
            <source>Payment recorded</source>
            <translation>결제 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="22" />
            <source>Invoice voided</source>
            <translation>청구서 취소</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="23" />
            <source>Refund recorded</source>
            <translation>환불 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="24" />
            <source>Day closed</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="26" />
            <source>Labour added</source>
            <translation>공임 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="27" />
            <source>Part added to the bill</source>
            <translation>청구 부품 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="28" />
            <source>Discount added</source>
            <translation>할인 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="29" />
            <source>Bill line removed</source>
            <translation>청구 항목 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="30" />
            <source>Payment taken</source>
            <translation>결제 받음</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="31" />
            <source>Invoice reissued</source>
            <translation>청구서 재발행</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="32" />
            <source>Cash receipt recorded</source>
            <translation>현금영수증 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="33" />
            <source>Tax invoice requested</source>
            <translation>세금계산서 요청</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="35" />
            <source>Mechanic registered</source>
            <translation>정비사 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="36" />
            <source>Man-days reserved</source>
            <translation>공수 예약</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="37" />
            <source>Too few man-days</source>
            <translation>공수 부족</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="38" />
            <source>Man-days given back</source>
            <translation>공수 반환</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="39" />
            <source>Man-days changed</source>
            <translation>공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="40" />
            <source>Job moved to another mechanic</source>
            <translation>작업 담당 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="41" />
            <source>Promised dates moved</source>
            <translation>약속일 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="42" />
            <source>Working days changed</source>
            <translation>근무 요일 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="43" />
            <source>Day off added</source>
            <translation>휴무일 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="44" />
            <source>Day off removed</source>
            <translation>휴무일 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="45" />
            <source>Shop closure added</source>
            <translation>휴업일 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="46" />
            <source>Shop closure removed</source>
            <translation>휴업일 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="48" />
            <source>Job created</source>
            <translation>작업 생성</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="49" />
            <source>Job started</source>
            <translation>작업 시작</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="50" />
            <source>Part requested</source>
            <translation>부품 요청</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="52" />
            <source>Job finished</source>
            <translation>작업 완료</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="53" />
            <source>Job cancelled</source>
            <translation>작업 취소</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="55" />
            <source>Part registered</source>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="56" />
            <source>Part provided to a job</source>
            <translation>부품 제공</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="57" />
            <source>Part request cancelled</source>
            <translation>부품 요청 취소</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="58" />
            <source>Stock received</source>
            <translation>입고</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="59" />
            <source>Stock taken off</source>
            <translation>재고 조정</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="60" />
            <source>Part price changed</source>
            <translation>부품 가격 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="62" />
            <source>Customer registered</source>
            <translation>고객 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="63" />
            <source>Customer corrected</source>
            <translation>고객 정보 수정</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="64" />
            <source>Customers merged</source>
            <translation>고객 병합</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="65" />
            <source>Customer erased</source>
            <translation>고객 정보 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="66" />
            <source>Consent recorded</source>
            <translation>연락 동의 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="67" />
            <source>Vehicle registered</source>
            <translation>차량 등록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="68" />
            <source>Vehicle corrected</source>
            <translation>차량 정보 수정</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="69" />
            <source>Vehicles merged</source>
            <translation>차량 병합</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="70" />
            <source>Owner changed</source>
            <translation>소유자 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="71" />
            <source>Car number changed</source>
            <translation>차량번호 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="72" />
            <source>Mileage recorded</source>
            <translation>주행거리 기록</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="79" />
            <source>User added</source>
            <translation>사용자 추가</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="80" />
            <source>PIN changed</source>
            <translation>비밀번호 변경</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="81" />
            <source>User disabled</source>
            <translation>사용자 사용 중지</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="82" />
            <source>User locked out</source>
            <translation>사용자 잠김</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="83" />
            <source>Signed in</source>
            <translation>로그인</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="84" />
            <source>Signed out</source>
            <translation>로그아웃</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="74" />
            <source>Estimate drafted</source>
            <translation>견적 작성</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="75" />
            <source>Estimate approved</source>
            <translation>견적 승인</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="76" />
            <source>Estimate reopened</source>
            <translation>견적 다시 열림</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="77" />
            <source>Estimate declined</source>
            <translation>견적 거절</translation>
        </message>
        <message>
            <location filename="../../ui/event_names.py" line="51" />
            <source>Part returned</source>
            <translation>부품 반납</translation>
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <location filename="../../ui/till/invoices.py" line="140" />
            <source>Invoices</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="140" />
            <source>What customers owe, and money to give back.</source>
            <translation>받을 돈과 돌려줄 돈입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="144" />
            <source>Invoice, car number or customer</source>
            <translation>청구서 번호, 차량번호 또는 고객</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="156" />
            <source>No invoice selected</source>
            <translation>선택한 청구서 없음</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="168" />
            <source>Take payment</source>
            <translation>결제 받기</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="169" />
            <source>Void…</source>
            <translation>무효 처리…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="170" />
            <source>Refund…</source>
            <translation>환불…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="179" />
            <source>Invoice</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="180" />
            <source>Credit note</source>
            <translation>취소 전표</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="184" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="185" />
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="256" />
            <source>No such invoice</source>
            <translation>청구서를 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="263" />
            <source>Invoice {no}</source>
            <translation>청구서 {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="276" />
            <source>credit note {no}</source>
            <translation>취소 전표 {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="282" />
            <source>Total {amount}</source>
            <translation>합계 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="283" />
            <source>paid {amount}</source>
            <translation>받은 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="286" />
            <source>refunded {amount}</source>
            <translation>환불 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="288" />
            <source>to give back {amount}</source>
            <translation>돌려줄 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="290" />
            <source>balance {amount}</source>
            <translation>잔액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="320" />
            <source>Preparing the PDF of {no}…</source>
            <translation>{no} PDF 준비 중…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="333" />
            <source>No PDF to show.</source>
            <translation>보여줄 PDF가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="334" />
            <source>The PDF of {no} is not there</source>
            <translation>{no}의 PDF가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="378" />
            <source>Payment not taken</source>
            <translation>결제를 받지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="385" />
            <source>Paid in full.</source>
            <translation>완납되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="385" />
            <source>Still owed: {amount}.</source>
            <translation>남은 금액: {amount}.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="388" />
            <source>Give back {amount} change. </source>
            <translation>거스름돈 {amount}을(를) 드리세요. </translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="390" />
            <source>Payment taken on {no}: {parts}</source>
            <translation>{no} 결제 완료: {parts}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="437" />
            <source>Not voided</source>
            <translation>무효 처리하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="442" />
            <source>Refund {amount} to the customer and record it with Refund.</source>
            <translation>고객에게 {amount}을(를) 돌려주고 환불로 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="447" />
            <source>Invoice {no} voided by credit note {cn}</source>
            <translation>청구서 {no}을(를) 취소 전표 {cn}(으)로 무효 처리했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="489" />
            <source>Refund not recorded</source>
            <translation>환불을 기록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="495" />
            <source>Refund recorded on {no}</source>
            <translation>{no} 환불 기록 완료</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="496" />
            <source>{amount} given back by {method}.</source>
            <translation>{method}(으)로 {amount} 환불.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="556" />
            <source>{no} sent to the printer</source>
            <translation>{no}을(를) 프린터로 보냈습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="557" />
            <source>{n} page(s), identical to the issued PDF.</source>
            <translation>{n}쪽, 발행된 PDF와 같습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="562" />
            <source>{no} was not printed</source>
            <translation>{no}을(를) 인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="172" />
            <source>Cash receipt no.…</source>
            <translation>현금영수증 번호…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="173" />
            <source>Tax invoice…</source>
            <translation>세금계산서…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="294" />
            <source>A cash receipt is due for this sale (100,000 won or more, paid in cash or by transfer): record its approval number.</source>
            <translation>이 거래는 현금영수증 발급 대상입니다 (10만 원 이상, 현금 또는 계좌이체 결제). 승인번호를 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="399" />
            <source>Cash receipt</source>
            <translation>현금영수증</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="399" />
            <source>Approval number of the cash receipt (현금영수증):</source>
            <translation>현금영수증 승인번호:</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="404" />
            <source>Cash receipt recorded on {no}</source>
            <translation>{no} 청구서에 현금영수증을 기록했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="405" />
            <source>Cash receipt not recorded</source>
            <translation>현금영수증을 기록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="413" />
            <source>Tax invoice</source>
            <translation>세금계산서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="413" />
            <source>Business registration number (사업자등록번호):</source>
            <translation>사업자등록번호:</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="418" />
            <source>Tax invoice requested for {no}</source>
            <translation>{no} 청구서의 세금계산서 발행을 요청했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="419" />
            <source>Tax invoice not requested</source>
            <translation>세금계산서를 요청하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="188" />
            <source>Vehicle history…</source>
            <translation>차량 이력…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="189" />
            <source>Every visit of the selected invoice's car</source>
            <translation>선택한 계산서 차량의 모든 방문 기록</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="171" />
            <source>Reissue…</source>
            <translation>재발행…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="468" />
            <source>Not reissued</source>
            <translation>재발행되지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="472" />
            <source>Invoice {old} reissued as {new}</source>
            <translation>청구서 {old}을(를) {new}(으)로 재발행했습니다</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="44" />
            <source>Reception</source>
            <translation>접수</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="45" />
            <source>Mechanic bay</source>
            <translation>정비</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="46" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="47" />
            <source>Board</source>
            <translation>현황판</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="48" />
            <source>Till</source>
            <translation>계산</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <source>Mechanics</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="84" />
            <source>Pitlane — {shop}</source>
            <extracomment>The screens each terminal role shows, in rail order.</extracomment>
            <translation>Pitlane — {shop}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>Database: {db}</source>
            <translation>데이터베이스: {db}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>Terminal: {name}</source>
            <translation>단말기: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="191" />
            <source>Saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <source>Live</source>
            <translation>실시간</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="260" />
            <source>Changes from the other terminals appear within a second.</source>
            <translation>다른 단말기의 변경이 1초 안에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="262" />
            <source>Database unreachable — retrying</source>
            <translation>데이터베이스 연결 끊김 — 재시도 중</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="152" />
            <source>Backup…</source>
            <extracomment>Sign-in, switch user and the idle lock, when the shop has users (ui.users.session).</extracomment>
            <translation>백업…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="50" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
    </context>
    <context>
        <name>MechanicAdminScreen</name>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="62" />
            <source>Mechanics</source>
            <translation>정비사 관리</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="62" />
            <source>Remaining man-days are what the desk can still book.</source>
            <translation>남은 공수만큼 접수에서 작업을 배정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="71" />
            <source>Register a mechanic</source>
            <translation>정비사 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="72" />
            <source>Name *</source>
            <translation>이름 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="74" />
            <location filename="../../ui/screens/mechanic_admin.py" line="85" />
            <source> man-day(s)</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="75" />
            <source>Register</source>
            <translation>등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="83" />
            <source>Change remaining man-days</source>
            <translation>남은 공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="86" />
            <source>Set</source>
            <translation>변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="122" />
            <source>Select a mechanic to change their man-days</source>
            <translation>공수를 바꿀 정비사를 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="124" />
            <source>Change {name}'s remaining man-days</source>
            <translation>{name} 정비사의 남은 공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="139" />
            <source>{name} registered</source>
            <translation>{name} 정비사를 등록했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="144" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="155" />
            <source>{name} now has {days} man-day(s) left</source>
            <translation>{name} 정비사의 남은 공수: {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="157" />
            <source>Not changed</source>
            <translation>변경하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>MechanicBayScreen</name>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="183" />
            <source>Labour and bill</source>
            <translation>공임·청구</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="285" />
            <source>Work: {term}</source>
            <translation>작업 내용: {term}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="172" />
            <source>Return part  (F9)</source>
            <translation>부품 반납  (F9)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="173" />
            <source>Give back the chosen part: it goes back on the shelf and off the bill</source>
            <translation>선택한 부품을 반납합니다: 재고로 돌아가고 청구에서 빠집니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="467" />
            <source>Returned: {name} × {qty}</source>
            <translation>반납됨: {name} × {qty}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="468" />
            <source>Back on the shelf and off the bill of job #{job}.</source>
            <translation>재고로 돌아갔고 작업 #{job}의 청구에서 빠졌습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="475" />
            <source>Part not returned</source>
            <translation>부품을 반납하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="81" />
            <source>Who are you?</source>
            <extracomment>Scans that came while the terminal was busy (a part being requested, the job being started): (job id, text, quantity), requested in order once it is free — a scan is never dropped.</extracomment>
            <translation>정비사 선택</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="104" />
            <source>My jobs</source>
            <translation>내 작업</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="113" />
            <source>Pick your name above to see your jobs.</source>
            <translation>위에서 이름을 누르면 작업이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="124" />
            <source>Start job  (F6)</source>
            <translation>작업 시작  (F6)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="125" />
            <location filename="../../ui/screens/mechanic_bay.py" line="344" />
            <source>Finish job  (F8)</source>
            <translation>작업 완료  (F8)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="130" />
            <source>Request a part — scan the barcode, or type its code or name</source>
            <translation>부품 요청 — 바코드를 찍거나 코드·품명을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="133" />
            <source>Scan or type a part  (F7)</source>
            <translation>바코드 또는 부품 입력  (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="153" />
            <source>Request part</source>
            <translation>부품 요청</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="179" />
            <source>Parts for this job</source>
            <translation>이 작업의 부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="228" />
            <source>{days} man-day(s) left</source>
            <translation>남은 공수 {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="249" />
            <source>My jobs ({n})</source>
            <translation>내 작업 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="252" />
            <source>No open jobs. New ones appear here as soon as the desk accepts them.</source>
            <translation>진행 중인 작업이 없습니다. 접수되면 바로 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="273" />
            <source>No job selected</source>
            <translation>선택한 작업 없음</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="274" />
            <source>Choose a job on the left.</source>
            <translation>왼쪽에서 작업을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="278" />
            <source>Job #{job} · {car}</source>
            <translation>작업 #{job} · {car}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="281" />
            <source>{customer} · estimated {days} man-day(s) · receipt #{receipt}</source>
            <translation>{customer} · 예상 공수 {days}일 · 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="287" />
            <source>Note: {note}</source>
            <translation>메모: {note}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="321" />
            <source>Job #{job} started</source>
            <translation>작업 #{job} 시작</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="321" />
            <source>Scan or type the parts you need.</source>
            <translation>필요한 부품을 찍거나 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="333" />
            <source>Tap again to finish #{job}</source>
            <translation>한 번 더 누르면 #{job} 완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="350" />
            <source>Job #{job} finished</source>
            <translation>작업 #{job} 완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="351" />
            <source>The invoice is issued; the desk takes payment.</source>
            <translation>청구서가 발행되었습니다. 접수에서 결제를 받습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="356" />
            <source>Not done</source>
            <translation>처리하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="365" />
            <source>{stock} in stock</source>
            <translation>재고 {stock}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="418" />
            <source>No part matches “{text}”</source>
            <translation>“{text}”에 맞는 부품이 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="419" />
            <source>Type more of the code or name, or pick one from the list.</source>
            <translation>코드나 품명을 더 입력하거나 목록에서 고르세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="439" />
            <source>Part not requested</source>
            <translation>부품을 요청하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="500" />
            <source>Provided: {name} × {qty}</source>
            <translation>출고: {name} × {qty}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="501" />
            <source>{code} at {price} each, on job #{job}.</source>
            <translation>{code}, 개당 {price}, 작업 #{job}에 추가.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="508" />
            <source>Not provided: {name} × {qty}</source>
            <translation>출고 불가: {name} × {qty}</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <location filename="../../ui/models/tables.py" line="127" />
            <source>Out of stock: reorder now.</source>
            <translation>재고 없음: 지금 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="129" />
            <source>Low stock: {stock} left, reorder at {low}.</source>
            <translation>재고 부족: {stock}개 남음, {low}개에서 주문.</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="185" />
            <source>waiting for the counter</source>
            <translation>부품 창구 처리 대기</translation>
        </message>
    </context>
    <context>
        <name>PartsCounterScreen</name>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="159" />
            <source>Parts counter</source>
            <translation>부품 창구</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="161" />
            <source>Find a part by code or name  (Ctrl+F)</source>
            <translation>코드나 품명으로 찾기  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="164" />
            <source>Only low stock</source>
            <translation>재고 부족만</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="165" />
            <source>Register part…  (Ctrl+N)</source>
            <translation>부품 등록…  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="174" />
            <source>Catalogue</source>
            <translation>부품 목록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="195" />
            <source>Receive a delivery</source>
            <translation>입고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="199" />
            <source>Add to stock</source>
            <translation>재고 추가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="210" />
            <source>Take off the shelf (damaged, lost, count)</source>
            <translation>재고 차감 (파손·분실·실사)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="214" />
            <source>Reason *</source>
            <translation>사유 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="220" />
            <source>Take off stock</source>
            <translation>재고 차감</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="229" />
            <source>Part requests from the bays — live</source>
            <translation>정비실 부품 요청 — 실시간</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="267" />
            <source>Catalogue — {n} parts, {low} low on stock</source>
            <translation>부품 목록 — {n}종, 재고 부족 {low}종</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="293" />
            <source>Select a part in the catalogue</source>
            <translation>목록에서 부품을 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="298" />
            <source>Out of stock — reorder now.</source>
            <translation>재고 없음 — 지금 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="300" />
            <source>Low — reorder.</source>
            <translation>재고 부족 — 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="302" />
            <source>Enough on the shelf.</source>
            <translation>재고 충분.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="305" />
            <source>{stock} in stock · reorder at {low} · {price} each</source>
            <translation>재고 {stock} · 주문 기준 {low} · 개당 {price}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="327" />
            <source>{qty} × {code} added to stock</source>
            <translation>{code} {qty}개 입고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="322" />
            <source>Not added</source>
            <translation>입고하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="335" />
            <source>Say why (damaged, lost, stock count…).</source>
            <translation>사유를 적어 주세요(파손, 분실, 재고 실사…).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="343" />
            <source>{qty} × {code} taken off stock</source>
            <translation>{code} {qty}개 차감</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="349" />
            <source>Not taken off</source>
            <translation>차감하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="354" />
            <source>Part registered</source>
            <translation>부품을 등록했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="203" />
            <source>Cost each</source>
            <translation>개당 매입가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="204" />
            <source>Purchase cost of one piece of this delivery (optional)</source>
            <translation>이번 입고분 한 개의 매입 단가 (선택)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="55" />
            <source>Take payment — {no}</source>
            <translation>결제 받기 — {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="59" />
            <source>Balance due {amount}</source>
            <translation>받을 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="65" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="66" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="67" />
            <source>Cash tendered</source>
            <translation>받은 현금</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="70" />
            <source>All by card</source>
            <translation>전액 카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="71" />
            <source>All by transfer</source>
            <translation>전액 이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="72" />
            <source>Exact cash</source>
            <translation>현금 딱 맞게</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="82" />
            <source>Take payment</source>
            <translation>결제 받기</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="105" />
            <source>Enter whole won amounts only.</source>
            <translation>원 단위 금액만 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="133" />
            <source>Recorded: {parts}. Left to pay after this: {left}.</source>
            <translation>기록: {parts}. 이후 남은 금액: {left}.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="135" />
            <source>Change {amount}</source>
            <translation>거스름돈 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="136" />
            <source>Take {amount}</source>
            <translation>{amount} 받기</translation>
        </message>
    </context>
    <context>
        <name>PdfPane</name>
        <message>
            <location filename="../../ui/till/pdf.py" line="41" />
            <source>Select an invoice to see its PDF.</source>
            <translation>청구서를 고르면 PDF가 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/pdf.py" line="48" />
            <source>The PDF {name} cannot be shown.</source>
            <translation>PDF {name}을(를) 보여줄 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="54" />
            <source>Who are you?</source>
            <translation>누구세요?</translation>
        </message>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="69" />
            <source>Tap your name</source>
            <translation>이름을 누르세요</translation>
        </message>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="85" />
            <source>OK</source>
            <translation>확인</translation>
        </message>
        <message>
            <location filename="../../ui/users/pin_pad.py" line="180" />
            <source>Tap your name first.</source>
            <translation>먼저 이름을 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>PrintDialog</name>
        <message>
            <location filename="../../ui/till/pdf.py" line="72" />
            <source>Print {name}</source>
            <translation>{name} 인쇄</translation>
        </message>
    </context>
    <context>
        <name>ReceptionScreen</name>
        <message>
            <location filename="../../ui/screens/reception.py" line="89" />
            <source>Today's receipts</source>
            <translation>오늘 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="92" />
            <source>Search car number or customer  (Ctrl+F)</source>
            <translation>차량번호·고객 검색  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="95" />
            <source>Today only</source>
            <translation>오늘만</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="97" />
            <source>Cancel request…</source>
            <translation>접수 취소…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="174" />
            <source>Today's receipts ({n})</source>
            <translation>오늘 접수 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="174" />
            <source>Receipts ({n})</source>
            <translation>접수 목록 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="190" />
            <source>Only a request whose job has not started can be cancelled.</source>
            <translation>작업이 시작되지 않은 접수만 취소할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="192" />
            <source>Cancel the selected request (Delete)</source>
            <translation>선택한 접수 취소 (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="201" />
            <source>Cancel request</source>
            <translation>접수 취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="202" />
            <source>Cancel receipt #{receipt} ({car}, {customer})?
Reason (optional):</source>
            <translation>접수 #{receipt} ({car}, {customer})을(를) 취소할까요?
사유(선택):</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="220" />
            <source>Receipt #{receipt} cancelled</source>
            <translation>접수 #{receipt} 취소됨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="221" />
            <source>The mechanic's man-days were given back.</source>
            <translation>정비사의 공수가 돌아왔습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="223" />
            <source>Not cancelled</source>
            <translation>취소하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="99" />
            <source>Move to…</source>
            <translation>담당 변경…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="100" />
            <source>Give the selected job to another mechanic before it starts</source>
            <translation>선택한 작업을 시작 전에 다른 정비사에게 넘깁니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="230" />
            <source>There is no other mechanic.</source>
            <translation>다른 정비사가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="230" />
            <location filename="../../ui/screens/reception.py" line="266" />
            <source>Not moved</source>
            <translation>옮기지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="233" />
            <source>{name} — {days} man-day(s) left · free from {day}</source>
            <translation>{name} — 남은 공수 {days}일 · {day}부터 가능</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="240" />
            <source>Move the job</source>
            <translation>작업 담당 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="241" />
            <source>Give receipt #{receipt} ({car}) to:</source>
            <translation>접수 #{receipt} ({car})를 맡길 정비사:</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="263" />
            <source>Receipt #{receipt} moved</source>
            <translation>접수 #{receipt}의 담당을 바꿨습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="264" />
            <source>Its man-days moved with it; both queues and promised dates are updated.</source>
            <translation>공수도 함께 옮겼고, 두 정비사의 작업 순서와 약속일을 다시 잡았습니다.</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="202" />
            <source>Refund on {no}</source>
            <translation>{no} 환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="206" />
            <source>Still to give back: {amount}</source>
            <translation>돌려줄 금액: {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="215" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="216" />
            <source>Given back by</source>
            <translation>환불 수단</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="220" />
            <source>Record refund</source>
            <translation>환불 기록</translation>
        </message>
    </context>
    <context>
        <name>RegisterPartDialog</name>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="48" />
            <source>Register a part</source>
            <extracomment>The dialog's input (a key of `errors`) for each field RegisterPart checks.</extracomment>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="53" />
            <source>e.g. BRK-PAD-F01 (the barcode)</source>
            <translation>예: BRK-PAD-F01 (바코드)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="54" />
            <source>e.g. 브레이크 패드 (앞)</source>
            <translation>예: 브레이크 패드 (앞)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="62" />
            <source>Code *</source>
            <translation>코드 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="64" />
            <source>Name *</source>
            <translation>품명 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="66" />
            <source>Price *</source>
            <translation>단가 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="68" />
            <source>Stock on the shelf</source>
            <translation>현재 재고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="69" />
            <source>Reorder at (low stock)</source>
            <translation>주문 기준 (재고 부족)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="76" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="77" />
            <source>Register part</source>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="116" />
            <location filename="../../ui/screens/parts_counter.py" line="130" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="70" />
            <source>Origin (구분)</source>
            <translation>부품 구분</translation>
        </message>
    </context>
    <context>
        <name>ReportColumns</name>
        <message>
            <location filename="../../ui/screens/reports.py" line="55" />
            <source>Day</source>
            <extracomment>Column titles (translated in the "ReportColumns" context), by the report's column name.</extracomment>
            <translation>일자</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="56" />
            <source>Week</source>
            <translation>주</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="57" />
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="58" />
            <source>Invoices</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="59" />
            <source>Cars</source>
            <translation>차량</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="60" />
            <source>Labour</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="61" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="62" />
            <source>Discounts</source>
            <translation>할인</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="63" />
            <source>VAT</source>
            <translation>부가세</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="64" />
            <source>Net sales</source>
            <translation>순매출</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="65" />
            <source>Cash</source>
            <translation>현금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="66" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="67" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="68" />
            <source>Refunds</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="69" />
            <source>Credit notes</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="70" />
            <source>Average order</source>
            <translation>평균 객단가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="71" />
            <source>Mechanic</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="72" />
            <source>Jobs</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="73" />
            <source>Man-days sold</source>
            <translation>판매 공수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="74" />
            <source>Man-days available</source>
            <translation>가용 공수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="75" />
            <source>Utilisation %</source>
            <translation>가동률 %</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="76" />
            <source>Overdue</source>
            <translation>지연</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="77" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="78" />
            <source>Part</source>
            <translation>부품명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="79" />
            <source>Used</source>
            <translation>사용</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="80" />
            <source>Revenue</source>
            <translation>매출</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="81" />
            <source>Cost</source>
            <translation>원가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="82" />
            <source>Margin</source>
            <translation>마진</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="83" />
            <source>Margin %</source>
            <translation>마진율 %</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="84" />
            <source>Stock</source>
            <translation>재고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="85" />
            <source>Unit cost</source>
            <translation>매입 단가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="86" />
            <source>Stock at cost</source>
            <translation>재고 원가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="87" />
            <source>Low-stock mark</source>
            <translation>재고 부족 기준</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="88" />
            <source>Below mark</source>
            <translation>기준 미달</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="89" />
            <source>Slow mover</source>
            <translation>부진 재고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="90" />
            <source>Age (days)</source>
            <translation>경과(일)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="91" />
            <source>Still owed</source>
            <translation>미수금</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <location filename="../../ui/screens/reports.py" line="95" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="96" />
            <source>This week</source>
            <translation>이번 주</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="97" />
            <source>This month</source>
            <translation>이번 달</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="98" />
            <source>Last month</source>
            <translation>지난 달</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="99" />
            <source>Custom</source>
            <translation>직접 지정</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="102" />
            <source>By day</source>
            <translation>일별</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="103" />
            <source>By week</source>
            <translation>주별</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="104" />
            <source>By month</source>
            <translation>월별</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="166" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="200" />
            <source>Labour and parts</source>
            <translation>공임과 부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="201" />
            <source>Utilisation %</source>
            <translation>가동률 %</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="203" />
            <source>Margin of the ten best parts</source>
            <translation>마진 상위 10개 부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="205" />
            <source>Still owed by age</source>
            <translation>경과일별 미수금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="241" />
            <source>thousand won</source>
            <translation>천원</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="306" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="307" />
            <source>Sales as the Z reports count them, mechanics' use, parts' margins, and what is still owed.</source>
            <translation>Z 마감과 같은 기준의 매출, 정비사 가동률, 부품 마진, 미수금.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="326" />
            <source>Export CSV</source>
            <translation>CSV 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="327" />
            <source>Export XLSX</source>
            <translation>XLSX 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="328" />
            <source>Month summary PDF</source>
            <translation>월간 요약 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="329" />
            <source>Range</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="350" />
            <source>Sales</source>
            <translation>매출</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="351" />
            <source>Mechanics</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="352" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="353" />
            <source>Receivables</source>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="438" />
            <source>{first} to {last}: {days} days</source>
            <translation>{first} ~ {last}: {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="480" />
            <source>Saved</source>
            <translation>저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="488" />
            <source>Export the report</source>
            <translation>보고서 내보내기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reports.py" line="494" />
            <source>Save the month summary</source>
            <translation>월간 요약 저장</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <location filename="../../ui/screens/request_form.py" line="81" />
            <source>New repair request</source>
            <extracomment>The form's input (a key of `errors`) for each field RequestRepair checks, in the form's order. The desk typed in the car number field (the screen looks up the car's earlier visits). The desk typed in the phone field (the screen looks the phone's digits up on the register). The form was emptied for the next customer.</extracomment>
            <translation>새 수리 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="81" />
            <source>Fields marked * are required.</source>
            <translation>* 표시는 필수 항목입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="85" />
            <source>e.g. 홍길동</source>
            <translation>예: 홍길동</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="87" />
            <source>e.g. 12가3456</source>
            <translation>예: 12가3456</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="88" />
            <source>VIN, optional</source>
            <translation>차대번호(선택)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="94" />
            <source> day(s)</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="96" />
            <source>e.g. 엔진오일 교환</source>
            <translation>예: 엔진오일 교환</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="99" />
            <source>What the customer said, when they pick up the car…</source>
            <translation>고객 요청 사항, 차량 찾아갈 시간 등…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="104" />
            <source>Customer *</source>
            <translation>고객 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="105" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="106" />
            <source>Car number *</source>
            <translation>차량번호 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="107" />
            <source>Car id (VIN)</source>
            <translation>차대번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="110" />
            <source>Mechanic *</source>
            <translation>정비사 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="119" />
            <source>Man-days *</source>
            <translation>공수 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="121" />
            <source>Labour fare *</source>
            <translation>공임 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="128" />
            <source>Work</source>
            <translation>작업 내용</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="138" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="148" />
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="149" />
            <source>Empty the form (Ctrl+N)</source>
            <translation>입력 내용 지우기 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="150" />
            <source>Register request  (Ctrl+Enter)</source>
            <translation>접수 등록  (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="160" />
            <source>Ctrl+Enter register · Ctrl+N new request · Ctrl+F search receipts · Delete cancel the selected receipt</source>
            <translation>Ctrl+Enter 접수 등록 · Ctrl+N 새 접수 · Ctrl+F 접수 검색 · Delete 선택한 접수 취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="192" />
            <source>Choose a mechanic…</source>
            <translation>정비사를 고르세요…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="248" />
            <source>{name} has {left} man-day(s) left and this needs {need}: the request will be rejected. Choose another mechanic or lower the estimate.</source>
            <translation>{name} 정비사의 남은 공수는 {left}일인데 이 작업은 {need}일이 필요해 거절됩니다. 다른 정비사를 고르거나 공수를 줄이세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="296" />
            <source>Check the form</source>
            <translation>입력 내용을 확인하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="296" />
            <source>Correct the fields marked in red, then register again.</source>
            <translation>빨간색으로 표시된 항목을 고친 뒤 다시 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="302" />
            <location filename="../../ui/screens/request_form.py" line="345" />
            <source>Registering the request…</source>
            <translation>접수 등록 중…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="316" />
            <source>Rejected — receipt #{receipt}</source>
            <translation>거절 — 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="322" />
            <source>Accepted — receipt #{receipt}, job #{job}</source>
            <translation>접수 완료 — 접수 #{receipt}, 작업 #{job}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="323" />
            <source>{mechanic} has the job for {car}. Give the customer receipt number {receipt}.</source>
            <translation>{mechanic} 정비사가 {car} 작업을 맡았습니다. 고객에게 접수번호 {receipt}번을 알려 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="329" />
            <source>Registered — receipt #{receipt}</source>
            <translation>등록됨 — 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="330" />
            <source>Waiting for the mechanic's answer; the board will show it.</source>
            <translation>정비사 배정을 기다리는 중입니다. 현황판에 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="351" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="194" />
            <source>{name} — {days} man-day(s) left · free from {day} · {jobs} open job(s)</source>
            <translation>{name} — 남은 공수 {days}일 · {day}부터 가능 · 진행 작업 {jobs}건</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="97" />
            <source>YYYY-MM-DD, optional</source>
            <translation>YYYY-MM-DD, 선택</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="133" />
            <source>Wanted by</source>
            <translation>희망 완료일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="256" />
            <source>{name} is free from {day}: a job wanted by {wanted} may be rejected. The picker shows who is free sooner.</source>
            <translation>{name} 정비사는 {day}부터 가능합니다. {wanted}까지 원하는 작업은 거절될 수 있습니다. 더 빨리 가능한 정비사는 목록에서 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="327" />
            <source>Promised for {date}.</source>
            <translation>완료 예정일은 {date}입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="89" />
            <source>from the register</source>
            <translation>등록된 정보에서</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="91" />
            <source>km on the odometer, optional</source>
            <translation>계기판 km, 선택</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="108" />
            <source>Model</source>
            <translation>차명</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="109" />
            <source>Mileage (km)</source>
            <translation>주행거리(km)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="338" />
            <source>Lower mileage than last time</source>
            <translation>지난번보다 적은 주행거리</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="339" />
            <source>{why}

Was the odometer replaced?</source>
            <translation>{why}

계기판을 교체했습니까?</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../ui/users/session.py" line="107" />
            <source>Switch user</source>
            <extracomment>A screen is offered when the user may give at least one of these commands (the board: to everyone). Buttons inside a screen that give one command: hidden from a user who may not give it. (screen, attribute path on the screen, command) The bay's PIN pad lists mechanics (and managers); the desk's everyone.</extracomment>
            <translation>사용자 전환</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="108" />
            <location filename="../../ui/users/session.py" line="208" />
            <source>Audit</source>
            <translation>감사 기록</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="147" />
            <source>Locked</source>
            <translation>잠김</translation>
        </message>
        <message>
            <location filename="../../ui/users/session.py" line="109" />
            <location filename="../../ui/users/session.py" line="227" />
            <source>Users and PINs</source>
            <translation>사용자·비밀번호</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../ui/fmt.py" line="26" />
            <source>Returned</source>
            <translation>반납</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="16" />
            <source>Requested</source>
            <extracomment>Job status (the board's `job_status`) -&gt; label; translated in the "Status" context.</extracomment>
            <translation>요청됨</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="17" />
            <source>Waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="18" />
            <location filename="../../ui/fmt.py" line="24" />
            <source>In work</source>
            <translation>작업 중</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="19" />
            <source>Finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="20" />
            <source>Rejected</source>
            <translation>거절</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="21" />
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="23" />
            <source>Accepted</source>
            <translation>접수됨</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="25" />
            <source>Provided</source>
            <translation>출고</translation>
        </message>
    </context>
    <context>
        <name>Till</name>
        <message>
            <location filename="../../ui/till/invoices.py" line="47" />
            <source>Open balances</source>
            <extracomment>(key, label) of the list's filter.</extracomment>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="48" />
            <source>Refunds due</source>
            <translation>환불할 금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="49" />
            <source>All invoices</source>
            <translation>전체 청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="23" />
            <source>Cash</source>
            <translation>현금</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="24" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="25" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="29" />
            <source>Owed</source>
            <translation>미수</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="30" />
            <source>Paid</source>
            <translation>완납</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="31" />
            <source>Voided</source>
            <translation>무효</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="32" />
            <source>Refund due</source>
            <translation>환불 예정</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="109" />
            <source>Refund</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="111" />
            <source>Payment</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="137" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="106" />
            <source>Print {no}</source>
            <translation>{no} 인쇄</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="108" />
            <source>This invoice is paid. Print the receipt (what was paid and how) or the invoice as issued?</source>
            <translation>결제가 끝난 청구서입니다. 영수증(결제 내역)을 인쇄할까요, 발행된 청구서를 인쇄할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="112" />
            <source>Receipt</source>
            <translation>영수증</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="113" />
            <source>Invoice as issued</source>
            <translation>발행된 청구서</translation>
        </message>
    </context>
    <context>
        <name>TillDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="39" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>TillScreen</name>
        <message>
            <location filename="../../ui/till/screen.py" line="45" />
            <source>Write the PDFs again</source>
            <translation>PDF 다시 만들기</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="54" />
            <source>Invoices and payments</source>
            <translation>청구서·결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="55" />
            <source>Day close</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="77" />
            <source>{n} PDF(s) could not be written: {numbers}</source>
            <translation>PDF {n}건을 만들지 못했습니다: {numbers}</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="78" />
            <source>The invoices themselves are saved. {what}</source>
            <translation>청구서 자체는 저장되어 있습니다. {what}</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <location filename="../../ui/users/users_screen.py" line="57" />
            <source>Users of the shop</source>
            <translation>매장 사용자</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="67" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="68" />
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="69" />
            <source>Mechanic</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="70" />
            <source>PIN</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="73" />
            <source>Add user</source>
            <translation>사용자 추가</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="74" />
            <source>Reset PIN of the selected user</source>
            <translation>선택한 사용자의 비밀번호 초기화</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="75" />
            <source>Disable the selected user</source>
            <translation>선택한 사용자 사용 중지</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="81" />
            <source>My PIN</source>
            <translation>내 비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="85" />
            <source>Current PIN</source>
            <translation>현재 비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="86" />
            <source>New PIN</source>
            <translation>새 비밀번호</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="88" />
            <source>Change my PIN</source>
            <translation>내 비밀번호 바꾸기</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="126" />
            <source>User added</source>
            <translation>사용자를 추가했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="133" />
            <location filename="../../ui/users/users_screen.py" line="140" />
            <source>Select a user first.</source>
            <translation>먼저 사용자를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="135" />
            <source>PIN reset</source>
            <translation>비밀번호를 초기화했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="142" />
            <source>User disabled</source>
            <translation>사용자를 사용 중지했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="151" />
            <source>Your PIN is changed</source>
            <translation>비밀번호를 바꿨습니다</translation>
        </message>
        <message>
            <location filename="../../ui/users/users_screen.py" line="160" />
            <source>Not saved</source>
            <translation>저장되지 않았습니다</translation>
        </message>
    </context>
    <context>
        <name>VehicleHistoryDialog</name>
        <message>
            <location filename="../../ui/customers/history.py" line="46" />
            <source>Vehicle history — {car}</source>
            <translation>차량 이력 — {car}</translation>
        </message>
        <message>
            <location filename="../../ui/customers/history.py" line="65" />
            <source>The history could not be read</source>
            <translation>이력을 읽지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>VehicleHistoryPanel</name>
        <message>
            <location filename="../../ui/customers/history.py" line="36" />
            <source>Visits of {car} ({n})</source>
            <translation>{car} 방문 기록 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/customers/history.py" line="38" />
            <source>{car} has no visits yet</source>
            <translation>{car}: 아직 방문 기록이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>VehicleLookup</name>
        <message>
            <location filename="../../ui/customers/lookup.py" line="51" />
            <source>Use this car's details</source>
            <extracomment>Fewer characters than this match too many cars to be worth a look-up. The desk picked a car (or the search found exactly one): fill the form from it. The desk asked to use the chosen car's details, plate included.</extracomment>
            <translation>이 차량 정보 사용</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="52" />
            <source>Correct…</source>
            <translation>고치기…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="53" />
            <source>Correct the chosen car's model or VIN, or its owner's name or phone</source>
            <translation>선택한 차량의 차명·차대번호, 소유자의 이름·전화번호를 고칩니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="54" />
            <source>Merge a duplicate…</source>
            <translation>중복 기록 합치기…</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="55" />
            <source>Another record listed here is this same car: make them one</source>
            <translation>목록의 다른 기록이 같은 차량이면 하나로 합칩니다</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="111" />
            <source>{n} cars match — pick one</source>
            <translation>일치하는 차량 {n}대 — 하나를 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="113" />
            <source>Pick a car to see its visits.</source>
            <translation>차량을 고르면 방문 기록이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="126" />
            <source>no owner on record</source>
            <translation>등록된 소유자 없음</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="128" />
            <source>{car} · {model} · {owner}</source>
            <translation>{car} · {model} · {owner}</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="163" />
            <source>Merge a duplicate</source>
            <translation>중복 기록 합치기</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="164" />
            <source>Which record is the same car as {car}? Its visits move to {car}; this cannot be undone.</source>
            <translation>어느 기록이 {car}와 같은 차량입니까? 그 방문 기록이 {car}로 옮겨지며 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="194" />
            <source>Saved</source>
            <translation>저장됨</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="194" />
            <source>The register is corrected.</source>
            <translation>고객·차량 정보를 고쳤습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/customers/lookup.py" line="200" />
            <source>Not saved</source>
            <translation>저장되지 않음</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="162" />
            <source>Void invoice {no}</source>
            <extracomment>The payment dialog's input for each field the tender plan names.</extracomment>
            <translation>청구서 {no} 무효 처리</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="166" />
            <source>A credit note will cancel invoice {no} in full. An issued invoice is never changed: if the work is billed again, a new invoice is issued.</source>
            <translation>취소 전표로 청구서 {no} 전액을 취소합니다. 발행된 청구서는 고치지 않습니다. 다시 청구하려면 새 청구서를 발행합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="170" />
            <source>The customer paid {amount}; record the refund afterwards.</source>
            <translation>고객이 {amount}을(를) 냈습니다. 무효 처리 후 환불을 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="174" />
            <source>Why is it voided? (printed on the credit note)</source>
            <translation>무효 사유 (취소 전표에 인쇄됨)</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="179" />
            <source>Void invoice</source>
            <translation>무효 처리</translation>
        </message>
    </context>
    <context>
        <name>WorkingDays</name>
        <message>
            <location filename="../../ui/screens/working_days.py" line="22" />
            <source>Mon</source>
            <translation>월</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="23" />
            <source>Tue</source>
            <translation>화</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="24" />
            <source>Wed</source>
            <translation>수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="25" />
            <source>Thu</source>
            <translation>목</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="26" />
            <source>Fri</source>
            <translation>금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="27" />
            <source>Sat</source>
            <translation>토</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="28" />
            <source>Sun</source>
            <translation>일</translation>
        </message>
    </context>
    <context>
        <name>WorkingDaysPanel</name>
        <message>
            <location filename="../../ui/screens/working_days.py" line="55" />
            <source>Working days</source>
            <translation>근무일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="65" />
            <source>Save the week</source>
            <translation>근무 요일 저장</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="70" />
            <source>Day off</source>
            <translation>휴무</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="71" />
            <source>Works</source>
            <translation>근무</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="79" />
            <source>Shop closed (everyone)</source>
            <translation>정비소 휴업 (전체)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="88" />
            <source>Why (optional)</source>
            <translation>사유 (선택)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="89" />
            <source>Close the shop</source>
            <translation>휴업 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="110" />
            <source>Select a mechanic to set their working days</source>
            <translation>근무일을 정할 정비사를 선택하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="113" />
            <source>{name}'s working days</source>
            <translation>{name} 정비사의 근무일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="129" />
            <location filename="../../ui/screens/working_days.py" line="132" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="130" />
            <source>Days off: {days}</source>
            <translation>휴무일: {days}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="132" />
            <source>Closed: {days}</source>
            <translation>휴업: {days}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="140" />
            <source>Working days saved</source>
            <translation>근무 요일을 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="147" />
            <source>{day} saved</source>
            <translation>{day} 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="152" />
            <source>Closure saved</source>
            <translation>휴업 기간을 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/working_days.py" line="162" />
            <source>Not saved</source>
            <translation>저장하지 못했습니다</translation>
        </message>
    </context>
</TS>