<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>Age</name>
        <message>
            <location filename="../../ui/fmt.py" line="76" />
            <source>{m} min</source>
            <extracomment>Receipt status (reception context) -&gt; the board status with the same colour.</extracomment>
            <translation>{m}분</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="79" />
            <source>{h} h {m} min</source>
            <translation>{h}시간 {m}분</translation>
        </message>
        <message>
            <location filename="../../ui/fmt.py" line="80" />
            <source>{d} d</source>
            <translation>{d}일</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="64" />
            <source>Pitlane cannot start</source>
            <translation>Pitlane을 시작할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="141" />
            <source>Pitlane could not read its settings.

{reason}

Correct the profile, then start Pitlane again.</source>
            <translation>Pitlane이 설정을 읽지 못했습니다.

{reason}

프로필을 고친 뒤 Pitlane을 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="144" />
            <source>the database of your profile</source>
            <translation>프로필에 설정된 데이터베이스</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="145" />
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
        <name>Board</name>
        <message>
            <location filename="../../ui/models/board.py" line="285" />
            <source>Voided</source>
            <translation>무효</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="287" />
            <source>Paid</source>
            <translation>완납</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="288" />
            <source>Due {amount}</source>
            <translation>미수 {amount}</translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <location filename="../../ui/screens/board.py" line="36" />
            <source>All receipts</source>
            <extracomment>(label, statuses, unpaid only)</extracomment>
            <translation>전체 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="37" />
            <source>In the shop now</source>
            <translation>현재 입고 차량</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="38" />
            <location filename="../../ui/screens/board.py" line="47" />
            <source>Requested</source>
            <translation>요청됨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="39" />
            <source>Waiting to start</source>
            <translation>작업 대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="40" />
            <location filename="../../ui/screens/board.py" line="49" />
            <source>In work</source>
            <translation>작업 중</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="41" />
            <source>Finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="42" />
            <location filename="../../ui/screens/board.py" line="50" />
            <source>Awaiting payment</source>
            <translation>결제 대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="43" />
            <source>Rejected or cancelled</source>
            <translation>거절·취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="48" />
            <source>Waiting</source>
            <translation>대기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="121" />
            <source>Status board</source>
            <translation>정비 현황판</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="140" />
            <location filename="../../ui/screens/board.py" line="220" />
            <source>All mechanics</source>
            <translation>전체 정비사</translation>
        </message>
        <message>
            <location filename="../../ui/screens/board.py" line="162" />
            <source>No receipts match this filter.</source>
            <translation>이 조건에 맞는 접수가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/models/board.py" line="60" />
            <location filename="../../ui/models/tables.py" line="33" />
            <source>Receipt</source>
            <extracomment>Status filter choices: (label, job statuses, unpaid only). Empty statuses = all. (before_receipt_id or None, limit, filter) -&gt; rows newest first</extracomment>
            <translation>접수번호</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="61" />
            <location filename="../../ui/models/tables.py" line="41" />
            <location filename="../../ui/models/tables.py" line="89" />
            <location filename="../../ui/models/tables.py" line="235" />
            <location filename="../../ui/till/models.py" line="66" />
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="62" />
            <location filename="../../ui/models/tables.py" line="40" />
            <location filename="../../ui/models/tables.py" line="88" />
            <location filename="../../ui/models/tables.py" line="236" />
            <location filename="../../ui/till/models.py" line="67" />
            <source>Car number</source>
            <translation>차량번호</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="63" />
            <location filename="../../ui/models/tables.py" line="42" />
            <location filename="../../ui/models/tables.py" line="68" />
            <location filename="../../ui/models/tables.py" line="208" />
            <source>Mechanic</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="64" />
            <location filename="../../ui/models/tables.py" line="44" />
            <location filename="../../ui/models/tables.py" line="70" />
            <location filename="../../ui/models/tables.py" line="91" />
            <location filename="../../ui/models/tables.py" line="187" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="65" />
            <source>Age</source>
            <translation>경과</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="66" />
            <location filename="../../ui/models/tables.py" line="237" />
            <location filename="../../ui/till/models.py" line="69" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/models/board.py" line="67" />
            <source>Paid</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="36" />
            <location filename="../../ui/models/tables.py" line="175" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="49" />
            <location filename="../../ui/models/tables.py" line="74" />
            <source>Fare</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="63" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="67" />
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="87" />
            <location filename="../../ui/models/tables.py" line="180" />
            <source>Job</source>
            <translation>작업</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="129" />
            <location filename="../../ui/models/tables.py" line="183" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="130" />
            <source>Name</source>
            <translation>품명</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="132" />
            <source>Price</source>
            <translation>단가</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="139" />
            <source>Stock</source>
            <translation>재고</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="149" />
            <source>Reorder at</source>
            <translation>주문 기준</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="184" />
            <source>Part</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="185" />
            <source>Qty</source>
            <translation>수량</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="192" />
            <source>Price / reason</source>
            <translation>금액 / 사유</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="207" />
            <source>No.</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="210" />
            <source>Man-days left</source>
            <translation>남은 공수</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="217" />
            <source>Open jobs</source>
            <translation>진행 작업</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="234" />
            <location filename="../../ui/till/models.py" line="65" />
            <source>Invoice</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="239" />
            <source>Balance</source>
            <translation>잔액</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="49" />
            <source>Day</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="50" />
            <source>Z report</source>
            <translation>Z 리포트</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="51" />
            <source>Closed at</source>
            <translation>마감 시각</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="52" />
            <location filename="../../ui/till/models.py" line="123" />
            <source>By</source>
            <translation>마감자</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="72" />
            <source>To settle</source>
            <translation>정산할 금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="80" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="106" />
            <source>When</source>
            <translation>시각</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="108" />
            <source>What</source>
            <translation>내용</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="115" />
            <location filename="../../ui/till/models.py" line="137" />
            <source>Method</source>
            <translation>수단</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="117" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="142" />
            <source>Payments</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="148" />
            <source>Refunds</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="154" />
            <source>Net</source>
            <translation>순액</translation>
        </message>
    </context>
    <context>
        <name>DayCloseTab</name>
        <message>
            <location filename="../../ui/till/dayclose.py" line="78" />
            <source>Day close</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="79" />
            <source>Money taken by method, documents issued, what is still owed. A closed day takes no money.</source>
            <translation>결제 수단별 수납액, 발행 문서, 미수금입니다. 마감한 날에는 결제를 받을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="88" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="106" />
            <source>Invoices issued</source>
            <translation>발행 청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="107" />
            <source>Credit notes</source>
            <translation>취소 전표</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="108" />
            <source>Net sales</source>
            <translation>순매출</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="109" />
            <source>Still owed</source>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="117" />
            <source>Close the day…</source>
            <translation>일 마감…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="119" />
            <source>Closed days</source>
            <translation>마감한 날</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="127" />
            <source>Z report</source>
            <translation>Z 리포트</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="129" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="130" />
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="179" />
            <source>Closed · {z}</source>
            <translation>마감됨 · {z}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="182" />
            <source>Closed {when} by {who}. Nothing can be paid, refunded or voided into this day.</source>
            <translation>{when} {who} 마감. 이 날짜로는 결제, 환불, 무효 처리를 할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="190" />
            <source>Open</source>
            <translation>미마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="192" />
            <source>Figures so far; they are fixed when the day is closed.</source>
            <translation>지금까지의 금액이며, 마감할 때 확정됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="194" />
            <source>The Z report is made when the day is closed.</source>
            <translation>Z 리포트는 마감할 때 만들어집니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="211" />
            <source>Preparing the Z report {z}…</source>
            <translation>Z 리포트 {z} 준비 중…</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="224" />
            <source>No PDF to show.</source>
            <translation>보여줄 PDF가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="225" />
            <source>The Z report PDF is not there</source>
            <translation>Z 리포트 PDF가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="235" />
            <source>Close {day}?</source>
            <translation>{day}을(를) 마감할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="237" />
            <source>Payments {pay}, refunds {back}, net {net}; {n} invoice(s), {c} credit note(s).

After the close no payment, refund or credit note can be recorded into {day}. Close it?</source>
            <translation>결제 {pay}, 환불 {back}, 순액 {net}; 청구서 {n}건, 취소 전표 {c}건.

마감 후에는 {day}에 결제, 환불, 취소 전표를 기록할 수 없습니다. 마감할까요?</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="265" />
            <source>{day} is closed: Z report {z}</source>
            <translation>{day} 마감 완료: Z 리포트 {z}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="266" />
            <source>Print it for the day's records.</source>
            <translation>일일 기록용으로 인쇄하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="271" />
            <source>The day was not closed</source>
            <translation>마감하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="287" />
            <source>Not printed</source>
            <translation>인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="292" />
            <location filename="../../ui/till/dayclose.py" line="303" />
            <source>{z} was not printed</source>
            <translation>{z}을(를) 인쇄하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/dayclose.py" line="305" />
            <source>{z} sent to the printer</source>
            <translation>{z}을(를) 프린터로 보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>DomainLabel</name>
        <message>
            <location filename="../../ui/domain_text.py" line="177" />
            <source>Customer name</source>
            <extracomment>Field names the domain puts into its sentences.</extracomment>
            <translation>고객 이름</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="178" />
            <source>Car number</source>
            <translation>차량번호</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="179" />
            <source>Car id (VIN)</source>
            <translation>차대번호(VIN)</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="180" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="181" />
            <source>Man-days</source>
            <translation>공수</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="182" />
            <source>Labour fare</source>
            <translation>공임</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="183" />
            <source>Term</source>
            <translation>작업 내용</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="184" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="185" />
            <source>Reason</source>
            <translation>사유</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="186" />
            <source>Mechanic name</source>
            <translation>정비사 이름</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="187" />
            <source>Part code</source>
            <translation>부품 코드</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="188" />
            <source>Part name</source>
            <translation>부품 이름</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="189" />
            <source>Price</source>
            <translation>단가</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="190" />
            <source>Stock</source>
            <translation>재고</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="191" />
            <source>Low-stock threshold</source>
            <translation>재고 부족 기준</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="192" />
            <source>Quantity</source>
            <translation>수량</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="193" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
    </context>
    <context>
        <name>DomainMessage</name>
        <message>
            <location filename="../../ui/domain_text.py" line="26" />
            <source>{name} has only {left} man-day(s) left and this repair needs {need}. Choose another mechanic, lower the estimate, or raise their man-days.</source>
            <translation>{name} 정비사의 남은 공수는 {left}일인데 이 수리에는 {need}일이 필요합니다. 다른 정비사를 고르거나, 공수를 줄이거나, 정비사의 공수를 늘려 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="34" />
            <source>{part} ({code}) is out of stock.</source>
            <translation>{part}({code}) 재고가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="38" />
            <source>Only {stock} of {part} ({code}) in stock; {qty} asked.</source>
            <translation>{part}({code}) 재고가 {stock}개뿐인데 {qty}개를 요청했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="45" />
            <source>Cannot take {qty} of {part} ({code}) off the shelf: only {stock} in stock.</source>
            <translation>{part}({code})을(를) {qty}개 뺄 수 없습니다. 재고가 {stock}개뿐입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="51" />
            <source>Cannot cancel receipt {id}: it was already rejected.</source>
            <translation>접수 {id}번은 취소할 수 없습니다. 이미 거절되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="55" />
            <source>Cannot cancel receipt {id}: it is already cancelled.</source>
            <translation>접수 {id}번은 이미 취소되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="59" />
            <source>Cannot cancel receipt {id}: the mechanic has already started the job.</source>
            <translation>접수 {id}번은 취소할 수 없습니다. 정비사가 이미 작업을 시작했습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="63" />
            <source>Cannot cancel receipt {id}: the job is finished; void the invoice instead.</source>
            <translation>접수 {id}번은 취소할 수 없습니다. 작업이 끝났으니 청구서를 무효 처리하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="69" />
            <source>Cannot start job {id}: it is already started.</source>
            <translation>작업 {id}번은 이미 시작되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="73" />
            <source>Cannot start job {id}: it is already finished.</source>
            <translation>작업 {id}번은 이미 완료되어 시작할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="77" />
            <source>Cannot start job {id}: it was cancelled.</source>
            <translation>작업 {id}번은 취소되어 시작할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="81" />
            <source>Cannot request parts for job {id}: it has not been started yet.</source>
            <translation>작업 {id}번은 아직 시작하지 않아 부품을 요청할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="85" />
            <source>Cannot request parts for job {id}: it is already finished.</source>
            <translation>작업 {id}번은 이미 완료되어 부품을 요청할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="89" />
            <source>Cannot request parts for job {id}: it was cancelled.</source>
            <translation>작업 {id}번은 취소되어 부품을 요청할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="93" />
            <source>Cannot finish job {id}: it has not been started yet.</source>
            <translation>작업 {id}번은 아직 시작하지 않아 완료할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="97" />
            <source>Cannot finish job {id}: it is already finished.</source>
            <translation>작업 {id}번은 이미 완료되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="101" />
            <source>Cannot finish job {id}: it was cancelled.</source>
            <translation>작업 {id}번은 취소되어 완료할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="107" />
            <source>Job {id} still waits for {n} part request(s); wait for the parts counter, then finish.</source>
            <translation>작업 {id}번은 부품 요청 {n}건을 아직 기다리고 있습니다. 부품 창구 처리 후 완료하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="113" />
            <source>Part code {code} is already in the catalogue; use another code.</source>
            <translation>부품 코드 {code}는 이미 등록되어 있습니다. 다른 코드를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="117" />
            <source>Part code {code} may only hold letters, digits and . _ / - (no spaces).</source>
            <translation>부품 코드 {code}에는 영문, 숫자와 . _ / - 만 쓸 수 있습니다(공백 불가).</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="121" />
            <source>Phone {phone} may only hold digits, spaces, +, - and brackets.</source>
            <translation>전화번호 {phone}에는 숫자, 공백, +, -, 괄호만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="125" />
            <source>There is no mechanic number {id}.</source>
            <translation>{id}번 정비사가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="129" />
            <source>There is no part number {id}.</source>
            <translation>{id}번 부품이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="133" />
            <source>There is no receipt number {id}.</source>
            <translation>{id}번 접수가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="137" />
            <source>There is no job number {id}.</source>
            <translation>{id}번 작업이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="141" />
            <source>There is no invoice {no}.</source>
            <translation>청구서 {no}이(가) 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="145" />
            <source>Someone changed the same record at the same moment; nothing was saved. Try again.</source>
            <translation>다른 사람이 같은 기록을 동시에 바꿨습니다. 아무것도 저장되지 않았으니 다시 해 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="151" />
            <source>Cancelled by the customer.</source>
            <translation>고객 요청으로 취소되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="155" />
            <source>{label} is required.</source>
            <translation>{label}을(를) 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="159" />
            <source>{label} is too long (at most {n} characters).</source>
            <translation>{label}이(가) 너무 깁니다(최대 {n}자).</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="163" />
            <source>{label} must be more than 0 (got {n}).</source>
            <translation>{label}은(는) 0보다 커야 합니다(입력: {n}).</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="167" />
            <source>{label} cannot be negative (got {n}).</source>
            <translation>{label}은(는) 음수일 수 없습니다(입력: {n}).</translation>
        </message>
        <message>
            <location filename="../../ui/domain_text.py" line="171" />
            <source>{label} is too large (at most {n}).</source>
            <translation>{label}이(가) 너무 큽니다(최대 {n}).</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="73" />
            <source>This could not be done because of an unexpected problem. The details are in {log}.</source>
            <translation>예상하지 못한 문제로 처리하지 못했습니다. 자세한 내용은 {log}에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="99" />
            <source>Pitlane — unexpected problem</source>
            <translation>Pitlane — 예상하지 못한 문제</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="100" />
            <source>Something went wrong that Pitlane did not expect.</source>
            <translation>Pitlane이 예상하지 못한 문제가 생겼습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="102" />
            <source>What you just did may not have been saved: check the screen (for example the status board) and do it again if it is missing.

If this keeps happening, restart Pitlane and send this file to whoever supports your shop's computers:
{log}</source>
            <translation>방금 한 작업이 저장되지 않았을 수 있습니다. 화면(예: 현황판)에서 확인하고, 빠져 있으면 다시 해 주세요.

계속 이런 일이 생기면 Pitlane을 다시 시작하고, 이 파일을 정비소 컴퓨터 관리 담당자에게 보내 주세요:
{log}</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="110" />
            <source>Open log folder</source>
            <translation>로그 폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="112" />
            <source>Copy file path</source>
            <translation>파일 경로 복사</translation>
        </message>
    </context>
    <context>
        <name>InvoiceListScreen</name>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="49" />
            <source>Open balances</source>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="49" />
            <source>Invoices not yet paid in full.</source>
            <translation>아직 다 받지 못한 청구서입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="53" />
            <source>Invoice number, then Enter</source>
            <translation>청구서 번호 입력 후 Enter</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="64" />
            <source>Open PDF</source>
            <translation>PDF 열기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="87" />
            <source>No such invoice</source>
            <translation>청구서를 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="109" />
            <source>No PDF</source>
            <translation>PDF 없음</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="123" />
            <source>Invoice</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="124" />
            <source>Item</source>
            <translation>항목</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="125" />
            <source>Qty</source>
            <translation>수량</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="126" />
            <source>Unit price</source>
            <translation>단가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="127" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="128" />
            <source>Subtotal</source>
            <translation>공급가액</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="129" />
            <source>VAT</source>
            <translation>부가세</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="130" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="131" />
            <source>Paid</source>
            <translation>받은 금액</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="135" />
            <source>Voided</source>
            <translation>무효</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="137" />
            <source>Paid in full</source>
            <translation>완납</translation>
        </message>
        <message>
            <location filename="../../ui/screens/invoice_fallback.py" line="139" />
            <source>Balance due</source>
            <translation>받을 금액</translation>
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <location filename="../../ui/till/invoices.py" line="92" />
            <source>Invoices</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="92" />
            <source>What customers owe, and money to give back.</source>
            <translation>받을 돈과 돌려줄 돈입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="96" />
            <source>Invoice, car number or customer</source>
            <translation>청구서 번호, 차량번호 또는 고객</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="108" />
            <source>No invoice selected</source>
            <translation>선택한 청구서 없음</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="120" />
            <source>Take payment</source>
            <translation>결제 받기</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="121" />
            <source>Void…</source>
            <translation>무효 처리…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="122" />
            <source>Refund…</source>
            <translation>환불…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="126" />
            <source>Invoice</source>
            <translation>청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="127" />
            <source>Credit note</source>
            <translation>취소 전표</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="131" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="132" />
            <source>Open folder</source>
            <translation>폴더 열기</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="196" />
            <source>No such invoice</source>
            <translation>청구서를 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="203" />
            <source>Invoice {no}</source>
            <translation>청구서 {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="216" />
            <source>credit note {no}</source>
            <translation>취소 전표 {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="222" />
            <source>Total {amount}</source>
            <translation>합계 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="223" />
            <source>paid {amount}</source>
            <translation>받은 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="226" />
            <source>refunded {amount}</source>
            <translation>환불 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="228" />
            <source>to give back {amount}</source>
            <translation>돌려줄 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="230" />
            <source>balance {amount}</source>
            <translation>잔액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="254" />
            <source>Preparing the PDF of {no}…</source>
            <translation>{no} PDF 준비 중…</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="267" />
            <source>No PDF to show.</source>
            <translation>보여줄 PDF가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="268" />
            <source>The PDF of {no} is not there</source>
            <translation>{no}의 PDF가 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="302" />
            <source>Payment not taken</source>
            <translation>결제를 받지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="309" />
            <source>Paid in full.</source>
            <translation>완납되었습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="309" />
            <source>Still owed: {amount}.</source>
            <translation>남은 금액: {amount}.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="312" />
            <source>Give back {amount} change. </source>
            <translation>거스름돈 {amount}을(를) 드리세요. </translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="314" />
            <source>Payment taken on {no}: {parts}</source>
            <translation>{no} 결제 완료: {parts}</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="329" />
            <source>Not voided</source>
            <translation>무효 처리하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="334" />
            <source>Refund {amount} to the customer and record it with Refund.</source>
            <translation>고객에게 {amount}을(를) 돌려주고 환불로 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="339" />
            <source>Invoice {no} voided by credit note {cn}</source>
            <translation>청구서 {no}을(를) 취소 전표 {cn}(으)로 무효 처리했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="358" />
            <source>Refund not recorded</source>
            <translation>환불을 기록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="364" />
            <source>Refund recorded on {no}</source>
            <translation>{no} 환불 기록 완료</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="365" />
            <source>{amount} given back by {method}.</source>
            <translation>{method}(으)로 {amount} 환불.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="414" />
            <source>{no} sent to the printer</source>
            <translation>{no}을(를) 프린터로 보냈습니다</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="415" />
            <source>{n} page(s), identical to the issued PDF.</source>
            <translation>{n}쪽, 발행된 PDF와 같습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="420" />
            <source>{no} was not printed</source>
            <translation>{no}을(를) 인쇄하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="45" />
            <source>Reception</source>
            <translation>접수</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="46" />
            <source>Mechanic bay</source>
            <translation>정비</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="47" />
            <source>Parts</source>
            <translation>부품</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="48" />
            <source>Board</source>
            <translation>현황판</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <source>Till</source>
            <translation>계산</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="50" />
            <source>Mechanics</source>
            <translation>정비사</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="83" />
            <source>Pitlane — {shop}</source>
            <extracomment>The screens each terminal role shows, in rail order.</extracomment>
            <translation>Pitlane — {shop}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="157" />
            <source>Database: {db}</source>
            <translation>데이터베이스: {db}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="158" />
            <source>Terminal: {name}</source>
            <translation>단말기: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>Saving…</source>
            <translation>저장 중…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="246" />
            <source>Live</source>
            <translation>실시간</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="248" />
            <source>Changes from the other terminals appear within a second.</source>
            <translation>다른 단말기의 변경이 1초 안에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="250" />
            <source>Database unreachable — retrying</source>
            <translation>데이터베이스 연결 끊김 — 재시도 중</translation>
        </message>
    </context>
    <context>
        <name>MechanicAdminScreen</name>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="57" />
            <source>Mechanics</source>
            <translation>정비사 관리</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="57" />
            <source>Remaining man-days are what the desk can still book.</source>
            <translation>남은 공수만큼 접수에서 작업을 배정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="66" />
            <source>Register a mechanic</source>
            <translation>정비사 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="67" />
            <source>Name *</source>
            <translation>이름 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="69" />
            <location filename="../../ui/screens/mechanic_admin.py" line="80" />
            <source> man-day(s)</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="70" />
            <source>Register</source>
            <translation>등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="78" />
            <source>Change remaining man-days</source>
            <translation>남은 공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="81" />
            <source>Set</source>
            <translation>변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="112" />
            <source>Select a mechanic to change their man-days</source>
            <translation>공수를 바꿀 정비사를 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="114" />
            <source>Change {name}'s remaining man-days</source>
            <translation>{name} 정비사의 남은 공수 변경</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="120" />
            <source>Enter the mechanic's name.</source>
            <translation>정비사 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="127" />
            <source>{name} registered</source>
            <translation>{name} 정비사를 등록했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="132" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="143" />
            <source>{name} now has {days} man-day(s) left</source>
            <translation>{name} 정비사의 남은 공수: {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_admin.py" line="145" />
            <source>Not changed</source>
            <translation>변경하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>MechanicBayScreen</name>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="67" />
            <source>Who are you?</source>
            <translation>정비사 선택</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="90" />
            <source>My jobs</source>
            <translation>내 작업</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="99" />
            <source>Pick your name above to see your jobs.</source>
            <translation>위에서 이름을 누르면 작업이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="110" />
            <source>Start job  (F6)</source>
            <translation>작업 시작  (F6)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="111" />
            <location filename="../../ui/screens/mechanic_bay.py" line="291" />
            <source>Finish job  (F8)</source>
            <translation>작업 완료  (F8)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="116" />
            <source>Request a part — scan the barcode, or type its code or name</source>
            <translation>부품 요청 — 바코드를 찍거나 코드·품명을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="119" />
            <source>Scan or type a part  (F7)</source>
            <translation>바코드 또는 부품 입력  (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="139" />
            <source>Request part</source>
            <translation>부품 요청</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="148" />
            <source>Parts for this job</source>
            <translation>이 작업의 부품</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="190" />
            <source>{days} man-day(s) left</source>
            <translation>남은 공수 {days}일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="211" />
            <source>My jobs ({n})</source>
            <translation>내 작업 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="214" />
            <source>No open jobs. New ones appear here as soon as the desk accepts them.</source>
            <translation>진행 중인 작업이 없습니다. 접수되면 바로 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="235" />
            <source>No job selected</source>
            <translation>선택한 작업 없음</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="236" />
            <source>Choose a job on the left.</source>
            <translation>왼쪽에서 작업을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="240" />
            <source>Job #{job} · {car}</source>
            <translation>작업 #{job} · {car}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="243" />
            <source>{customer} · estimated {days} man-day(s) · receipt #{receipt}</source>
            <translation>{customer} · 예상 공수 {days}일 · 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="247" />
            <source>Note: {note}</source>
            <translation>메모: {note}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="268" />
            <source>Job #{job} started</source>
            <translation>작업 #{job} 시작</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="268" />
            <source>Scan or type the parts you need.</source>
            <translation>필요한 부품을 찍거나 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="280" />
            <source>Tap again to finish #{job}</source>
            <translation>한 번 더 누르면 #{job} 완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="297" />
            <source>Job #{job} finished</source>
            <translation>작업 #{job} 완료</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="298" />
            <source>The invoice is issued; the desk takes payment.</source>
            <translation>청구서가 발행되었습니다. 접수에서 결제를 받습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="303" />
            <source>Not done</source>
            <translation>처리하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="311" />
            <source>{stock} in stock</source>
            <translation>재고 {stock}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="346" />
            <source>No part matches “{text}”</source>
            <translation>“{text}”에 맞는 부품이 없습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="347" />
            <source>Type more of the code or name, or pick one from the list.</source>
            <translation>코드나 품명을 더 입력하거나 목록에서 고르세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="370" />
            <source>Part not requested</source>
            <translation>부품을 요청하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="388" />
            <source>Provided: {name} × {qty}</source>
            <translation>출고: {name} × {qty}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="389" />
            <source>{code} at {price} each, on job #{job}.</source>
            <translation>{code}, 개당 {price}, 작업 #{job}에 추가.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/mechanic_bay.py" line="396" />
            <source>Not provided: {name} × {qty}</source>
            <translation>출고 불가: {name} × {qty}</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <location filename="../../ui/models/tables.py" line="115" />
            <source>Out of stock: reorder now.</source>
            <translation>재고 없음: 지금 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="117" />
            <source>Low stock: {stock} left, reorder at {low}.</source>
            <translation>재고 부족: {stock}개 남음, {low}개에서 주문.</translation>
        </message>
        <message>
            <location filename="../../ui/models/tables.py" line="166" />
            <source>waiting for the counter</source>
            <translation>부품 창구 처리 대기</translation>
        </message>
    </context>
    <context>
        <name>PartsCounterScreen</name>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="143" />
            <source>Parts counter</source>
            <translation>부품 창구</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="145" />
            <source>Find a part by code or name  (Ctrl+F)</source>
            <translation>코드나 품명으로 찾기  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="148" />
            <source>Only low stock</source>
            <translation>재고 부족만</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="149" />
            <source>Register part…  (Ctrl+N)</source>
            <translation>부품 등록…  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="158" />
            <source>Catalogue</source>
            <translation>부품 목록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="179" />
            <source>Receive a delivery</source>
            <translation>입고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="183" />
            <source>Add to stock</source>
            <translation>재고 추가</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="188" />
            <source>Take off the shelf (damaged, lost, count)</source>
            <translation>재고 차감 (파손·분실·실사)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="192" />
            <source>Reason *</source>
            <translation>사유 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="198" />
            <source>Take off stock</source>
            <translation>재고 차감</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="207" />
            <source>Part requests from the bays — live</source>
            <translation>정비실 부품 요청 — 실시간</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="245" />
            <source>Catalogue — {n} parts, {low} low on stock</source>
            <translation>부품 목록 — {n}종, 재고 부족 {low}종</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="270" />
            <source>Select a part in the catalogue</source>
            <translation>목록에서 부품을 고르세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="275" />
            <source>Out of stock — reorder now.</source>
            <translation>재고 없음 — 지금 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="277" />
            <source>Low — reorder.</source>
            <translation>재고 부족 — 주문하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="279" />
            <source>Enough on the shelf.</source>
            <translation>재고 충분.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="282" />
            <source>{stock} in stock · reorder at {low} · {price} each</source>
            <translation>재고 {stock} · 주문 기준 {low} · 개당 {price}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="298" />
            <source>{qty} × {code} added to stock</source>
            <translation>{code} {qty}개 입고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="300" />
            <source>Not added</source>
            <translation>입고하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="309" />
            <source>Say why (damaged, lost, stock count…).</source>
            <translation>사유를 적어 주세요(파손, 분실, 재고 실사…).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="317" />
            <source>{qty} × {code} taken off stock</source>
            <translation>{code} {qty}개 차감</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="323" />
            <source>Not taken off</source>
            <translation>차감하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="328" />
            <source>Part registered</source>
            <translation>부품을 등록했습니다</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="43" />
            <source>Take payment — {no}</source>
            <translation>결제 받기 — {no}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="47" />
            <source>Balance due {amount}</source>
            <translation>받을 금액 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="53" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="54" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="55" />
            <source>Cash tendered</source>
            <translation>받은 현금</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="58" />
            <source>All by card</source>
            <translation>전액 카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="59" />
            <source>All by transfer</source>
            <translation>전액 이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="60" />
            <source>Exact cash</source>
            <translation>현금 딱 맞게</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="70" />
            <source>Take payment</source>
            <translation>결제 받기</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="94" />
            <source>Enter whole won amounts only.</source>
            <translation>원 단위 금액만 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="114" />
            <source>Recorded: {parts}. Left to pay after this: {left}.</source>
            <translation>기록: {parts}. 이후 남은 금액: {left}.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="116" />
            <source>Change {amount}</source>
            <translation>거스름돈 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="117" />
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
        <name>ReceptionScreen</name>
        <message>
            <location filename="../../ui/screens/reception.py" line="66" />
            <source>Today's receipts</source>
            <translation>오늘 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="69" />
            <source>Search car number or customer  (Ctrl+F)</source>
            <translation>차량번호·고객 검색  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="72" />
            <source>Today only</source>
            <translation>오늘만</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="74" />
            <source>Cancel request…</source>
            <translation>접수 취소…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="90" />
            <source>Use last visit's details</source>
            <translation>지난 방문 정보 사용</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="137" />
            <source>Today's receipts ({n})</source>
            <translation>오늘 접수 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="137" />
            <source>Receipts ({n})</source>
            <translation>접수 목록 ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="148" />
            <source>Only a request whose job has not started can be cancelled.</source>
            <translation>작업이 시작되지 않은 접수만 취소할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="150" />
            <source>Cancel the selected request (Delete)</source>
            <translation>선택한 접수 취소 (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="156" />
            <source>Cancel request</source>
            <translation>접수 취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="157" />
            <source>Cancel receipt #{receipt} ({car}, {customer})?
Reason (optional):</source>
            <translation>접수 #{receipt} ({car}, {customer})을(를) 취소할까요?
사유(선택):</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="175" />
            <source>Receipt #{receipt} cancelled</source>
            <translation>접수 #{receipt} 취소됨</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="176" />
            <source>The mechanic's man-days were given back.</source>
            <translation>정비사의 공수가 돌아왔습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="178" />
            <source>Not cancelled</source>
            <translation>취소하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../ui/screens/reception.py" line="195" />
            <source>Earlier visits of {car} ({n})</source>
            <translation>{car} 지난 방문 ({n})</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="172" />
            <source>Refund on {no}</source>
            <translation>{no} 환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="176" />
            <source>Still to give back: {amount}</source>
            <translation>돌려줄 금액: {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="185" />
            <source>Amount</source>
            <translation>금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="186" />
            <source>Given back by</source>
            <translation>환불 수단</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="190" />
            <source>Record refund</source>
            <translation>환불 기록</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="197" />
            <source>Enter the amount given back, in won.</source>
            <translation>돌려준 금액을 원 단위로 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="200" />
            <source>At most {amount} can be given back.</source>
            <translation>최대 {amount}까지 돌려줄 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>RegisterPartDialog</name>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="41" />
            <source>Register a part</source>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="46" />
            <source>e.g. BRK-PAD-F01 (the barcode)</source>
            <translation>예: BRK-PAD-F01 (바코드)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="47" />
            <source>e.g. 브레이크 패드 (앞)</source>
            <translation>예: 브레이크 패드 (앞)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="52" />
            <source>Code *</source>
            <translation>코드 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="54" />
            <source>Name *</source>
            <translation>품명 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="56" />
            <source>Price *</source>
            <translation>단가 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="58" />
            <source>Stock on the shelf</source>
            <translation>현재 재고</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="59" />
            <source>Reorder at (low stock)</source>
            <translation>주문 기준 (재고 부족)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="65" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="66" />
            <source>Register part</source>
            <translation>부품 등록</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="81" />
            <source>Enter the part's code (what its barcode says).</source>
            <translation>부품 코드를 입력하세요(바코드 내용).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="83" />
            <source>Letters, digits and . _ / - only, no spaces, at most 40.</source>
            <translation>영문, 숫자와 . _ / - 만, 공백 없이 최대 40자.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="85" />
            <source>Enter the part's name.</source>
            <translation>품명을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="87" />
            <source>Enter the price in won.</source>
            <translation>단가를 원 단위로 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/parts_counter.py" line="117" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <location filename="../../ui/screens/request_form.py" line="50" />
            <source>New repair request</source>
            <extracomment>The desk typed in the car number field (the screen looks up the car's earlier visits). The form was emptied for the next customer.</extracomment>
            <translation>새 수리 접수</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="50" />
            <source>Fields marked * are required.</source>
            <translation>* 표시는 필수 항목입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="54" />
            <source>e.g. 홍길동</source>
            <translation>예: 홍길동</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="56" />
            <source>e.g. 12가3456</source>
            <translation>예: 12가3456</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="57" />
            <source>VIN, optional</source>
            <translation>차대번호(선택)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="60" />
            <source> day(s)</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="62" />
            <source>e.g. 엔진오일 교환</source>
            <translation>예: 엔진오일 교환</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="64" />
            <source>What the customer said, when they pick up the car…</source>
            <translation>고객 요청 사항, 차량 찾아갈 시간 등…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="69" />
            <source>Customer *</source>
            <translation>고객 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="70" />
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="71" />
            <source>Car number *</source>
            <translation>차량번호 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="72" />
            <source>Car id (VIN)</source>
            <translation>차대번호</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="73" />
            <source>Mechanic *</source>
            <translation>정비사 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="82" />
            <source>Man-days *</source>
            <translation>공수 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="84" />
            <source>Labour fare *</source>
            <translation>공임 *</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="91" />
            <source>Work</source>
            <translation>작업 내용</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="96" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="104" />
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="105" />
            <source>Empty the form (Ctrl+N)</source>
            <translation>입력 내용 지우기 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="106" />
            <source>Register request  (Ctrl+Enter)</source>
            <translation>접수 등록  (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="116" />
            <source>Ctrl+Enter register · Ctrl+N new request · Ctrl+F search receipts · Delete cancel the selected receipt</source>
            <translation>Ctrl+Enter 접수 등록 · Ctrl+N 새 접수 · Ctrl+F 접수 검색 · Delete 선택한 접수 취소</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="140" />
            <source>Choose a mechanic…</source>
            <translation>정비사를 고르세요…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="142" />
            <source>{name} — {days} man-day(s) left · {jobs} open job(s)</source>
            <translation>{name} — 남은 공수 {days}일 · 진행 작업 {jobs}건</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="160" />
            <source>Enter the customer's name.</source>
            <translation>고객 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="162" />
            <location filename="../../ui/screens/request_form.py" line="177" />
            <source>At most 80 characters.</source>
            <translation>최대 80자까지 입력할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="164" />
            <source>Only digits, spaces, +, - and brackets.</source>
            <translation>숫자, 공백, +, -, 괄호만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="167" />
            <source>Enter the car number, e.g. 12가3456.</source>
            <translation>차량번호를 입력하세요(예: 12가3456).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="169" />
            <source>At most 20 characters.</source>
            <translation>최대 20자까지 입력할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="171" />
            <source>At most 40 characters.</source>
            <translation>최대 40자까지 입력할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="173" />
            <source>Choose who will do the work.</source>
            <translation>작업할 정비사를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="175" />
            <source>Enter the labour fare (0 is allowed).</source>
            <translation>공임을 입력하세요(0원도 됩니다).</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="203" />
            <source>{name} has {left} man-day(s) left and this needs {need}: the request will be rejected. Choose another mechanic or lower the estimate.</source>
            <translation>{name} 정비사의 남은 공수는 {left}일인데 이 작업은 {need}일이 필요해 거절됩니다. 다른 정비사를 고르거나 공수를 줄이세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="232" />
            <source>Check the form</source>
            <translation>입력 내용을 확인하세요</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="232" />
            <source>Correct the fields marked in red, then register again.</source>
            <translation>빨간색으로 표시된 항목을 고친 뒤 다시 등록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="245" />
            <source>Registering the request…</source>
            <translation>접수 등록 중…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="259" />
            <source>Rejected — receipt #{receipt}</source>
            <translation>거절 — 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="265" />
            <source>Accepted — receipt #{receipt}, job #{job}</source>
            <translation>접수 완료 — 접수 #{receipt}, 작업 #{job}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="266" />
            <source>{mechanic} has the job for {car}. Give the customer receipt number {receipt}.</source>
            <translation>{mechanic} 정비사가 {car} 작업을 맡았습니다. 고객에게 접수번호 {receipt}번을 알려 주세요.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="270" />
            <source>Registered — receipt #{receipt}</source>
            <translation>등록됨 — 접수 #{receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="271" />
            <source>Waiting for the mechanic's answer; the board will show it.</source>
            <translation>정비사 배정을 기다리는 중입니다. 현황판에 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/request_form.py" line="277" />
            <source>Not registered</source>
            <translation>등록하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
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
            <location filename="../../ui/till/invoices.py" line="28" />
            <source>Open balances</source>
            <extracomment>(key, label) of the list's filter.</extracomment>
            <translation>미수금</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="29" />
            <source>Refunds due</source>
            <translation>환불할 금액</translation>
        </message>
        <message>
            <location filename="../../ui/till/invoices.py" line="30" />
            <source>All invoices</source>
            <translation>전체 청구서</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="22" />
            <source>Cash</source>
            <translation>현금</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="23" />
            <source>Card</source>
            <translation>카드</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="24" />
            <source>Transfer</source>
            <translation>계좌이체</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="28" />
            <source>Owed</source>
            <translation>미수</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="29" />
            <source>Paid</source>
            <translation>완납</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="30" />
            <source>Voided</source>
            <translation>무효</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="31" />
            <source>Refund due</source>
            <translation>환불 예정</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="110" />
            <source>Refund</source>
            <translation>환불</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="112" />
            <source>Payment</source>
            <translation>결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/models.py" line="138" />
            <source>Total</source>
            <translation>합계</translation>
        </message>
    </context>
    <context>
        <name>TillScreen</name>
        <message>
            <location filename="../../ui/till/screen.py" line="40" />
            <source>Write the PDFs again</source>
            <translation>PDF 다시 만들기</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="49" />
            <source>Invoices and payments</source>
            <translation>청구서·결제</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="50" />
            <source>Day close</source>
            <translation>일 마감</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="70" />
            <source>{n} PDF(s) could not be written: {numbers}</source>
            <translation>PDF {n}건을 만들지 못했습니다: {numbers}</translation>
        </message>
        <message>
            <location filename="../../ui/till/screen.py" line="71" />
            <source>The invoices themselves are saved. {what}</source>
            <translation>청구서 자체는 저장되어 있습니다. {what}</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="134" />
            <source>Void invoice {no}</source>
            <translation>청구서 {no} 무효 처리</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="138" />
            <source>A credit note will cancel invoice {no} in full. An issued invoice is never changed: if the work is billed again, a new invoice is issued.</source>
            <translation>취소 전표로 청구서 {no} 전액을 취소합니다. 발행된 청구서는 고치지 않습니다. 다시 청구하려면 새 청구서를 발행합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="142" />
            <source>The customer paid {amount}; record the refund afterwards.</source>
            <translation>고객이 {amount}을(를) 냈습니다. 무효 처리 후 환불을 기록하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="146" />
            <source>Why is it voided? (printed on the credit note)</source>
            <translation>무효 사유 (취소 전표에 인쇄됨)</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="151" />
            <source>Void invoice</source>
            <translation>무효 처리</translation>
        </message>
        <message>
            <location filename="../../ui/till/dialogs.py" line="157" />
            <source>Enter the reason; it is printed on the credit note.</source>
            <translation>사유를 입력하세요. 취소 전표에 인쇄됩니다.</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <location filename="../../ui/till/dialogs.py" line="28" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../ui/till/pdf.py" line="71" />
            <source>Print {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>