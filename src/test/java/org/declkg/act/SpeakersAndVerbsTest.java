package org.declkg.act;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.declkg.Stages;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/**
 * Who speaks and what they do, in the language of real declarations (sentences written for these
 * tests): first, third person and bilateral speakers, the sides of a joint statement, subjectless
 * statements, third parties, and the verb inventory with its variants. "Class object @actors".
 */
class SpeakersAndVerbsTest {
    private static final String SCO = "上海合作组织成员国元首理事会比什凯克宣言";
    private static final String BILATERAL = "中华人民共和国和蒙古国联合声明";
    private static final String CHINA_CENTRAL_ASIA =
            "中华人民共和国、哈萨克斯坦共和国、吉尔吉斯共和国、塔吉克斯坦共和国和乌兹别克斯坦共和国外长会晤联合声明";

    private static List<String> acts(String title, String sentence) {
        Annotation doc = Stages.run(ActFinder.class, title + "\n" + sentence);
        return doc.acts().stream().map(a -> a.actClass() + " " + doc.cover(a.object()) + " @" + actors(a)).toList();
    }

    private static String actors(Act a) {
        return a.actors().stream().map(x -> x.kind() == Actor.Kind.MEMBERS ? "members:" + x.key() : x.key())
                .collect(Collectors.joining("|"));
    }

    @Test
    void bilateralSpeakersAreTheTwoStatesTogether() {
        assertEquals(List.of("Appreciation 两国建交三十年来各领域合作取得的丰硕成果 @members:null"),
                acts(BILATERAL, "双方高度评价两国建交三十年来各领域合作取得的丰硕成果。"));
        assertEquals(List.of("Statement 中蒙关系保持健康稳定发展 @members:null"),
                acts(BILATERAL, "两国元首一致认为，中蒙关系保持健康稳定发展。"));
        assertEquals(List.of("Reaffirmation 将继续深化全面战略伙伴关系 @members:null"),
                acts(BILATERAL, "两国领导人重申，将继续深化全面战略伙伴关系。"));
        assertEquals(List.of("Statement 加强在联合国等多边机制中的协调 @members:null"),
                acts(BILATERAL, "两国同意加强在联合国等多边机制中的协调。"));
        assertEquals(List.of("Support 蒙方维护国家独立、主权和领土完整 @china"),
                acts(BILATERAL, "中方坚定支持蒙方维护国家独立、主权和领土完整。"));
        assertEquals(List.of("Reaffirmation 坚定奉行一个中国政策 @mongolia", "Opposition 任何形式的“台湾独立” @mongolia"),
                acts(BILATERAL, "蒙方重申坚定奉行一个中国政策，反对任何形式的“台湾独立”。"));
        assertEquals(List.of("Welcoming 蒙方积极参与全球发展倡议 @china"),
                acts(BILATERAL, "中方欢迎蒙方积极参与全球发展倡议。"));
        assertEquals(List.of("Appreciation 中方为地区和平稳定所作的贡献 @mongolia"),
                acts(BILATERAL, "蒙方赞赏中方为地区和平稳定所作的贡献。"));
        assertEquals(List.of("Support 对方举办的重大国际活动 @members:null"),
                acts(BILATERAL, "双方同意支持对方举办的重大国际活动。"));
        assertEquals(List.of("Statement 下一次会晤于2031年在乌兰巴托举行 @members:null"),
                acts(BILATERAL, "双方商定，下一次会晤于2031年在乌兰巴托举行。"));
        assertEquals(List.of("Appreciation 两国关系发展 @china|mongolia"),
                acts(BILATERAL, "中华人民共和国和蒙古国（以下称“双方”）高度评价两国关系发展。"));
        assertEquals(List.of("Noting 两国贸易额连续五年增长 @members:null"),
                acts(BILATERAL, "双方注意到两国贸易额连续五年增长。"));
        assertEquals(List.of("Opposition 一切形式的恐怖主义 @members:null"),
                acts(BILATERAL, "双方承诺坚决反对一切形式的恐怖主义。"));
        assertEquals(List.of("Statement 蒙方成功举办第一届草原论坛 @china"),
                acts(BILATERAL, "中方对蒙方成功举办第一届草原论坛表示祝贺。"));
        assertEquals(List.of("Appreciation 中方提供的紧急人道主义援助 @mongolia"),
                acts(BILATERAL, "蒙方对中方提供的紧急人道主义援助表示感谢。"));
        assertEquals(List.of("Statement 应当通过对话协商解决分歧 @members:null"),
                acts(BILATERAL, "双方认为，应当通过对话协商解决分歧。"));
        assertEquals(List.of("Statement 维护多边主义具有重要意义 @members:null"),
                acts(BILATERAL, "双方强调，维护多边主义具有重要意义。"));
        assertEquals(List.of("Statement 成立经贸合作联合委员会 @members:null"),
                acts(BILATERAL, "双方决定成立经贸合作联合委员会。"));
        assertEquals(List.of(),
                acts(BILATERAL, "双方愿进一步扩大人文交流。"));
        assertEquals(List.of(),
                acts(BILATERAL, "中方愿同蒙方一道推动共建“一带一路”高质量发展。"));
    }

    @Test
    void firstAndThirdPersonSpeakersOfAnOrganisation() {
        assertEquals(List.of("Reaffirmation 致力于维护多边主义 @members:sco"),
                acts(SCO, "我们，金砖国家领导人，重申致力于维护多边主义。"));
        assertEquals(List.of("Welcoming 新成员加入金砖合作机制 @members:sco"),
                acts(SCO, "我们欢迎新成员加入金砖合作机制。"));
        assertEquals(List.of("Condemnation 针对平民的恐怖袭击 @members:sco"),
                acts(SCO, "成员国外长强烈谴责针对平民的恐怖袭击。"));
        assertEquals(List.of("Appreciation 主席国为筹备本次会议所做的工作 @members:sco"),
                acts(SCO, "外长们高度评价主席国为筹备本次会议所做的工作。"));
        assertEquals(List.of("Statement 加强在数字经济领域的合作 @members:sco"),
                acts(SCO, "部长们同意加强在数字经济领域的合作。"));
        assertEquals(List.of("Noting 本组织在维护地区安全方面发挥的作用 @members:sco"),
                acts(SCO, "元首们注意到本组织在维护地区安全方面发挥的作用。"));
        assertEquals(List.of("Support 在本组织框架内建立青年交流机制 @members:sco"),
                acts(SCO, "领导人支持在本组织框架内建立青年交流机制。"));
        assertEquals(List.of("Noting 成员国在交通领域合作取得的进展 @members:sco"),
                acts(SCO, "各代表团团长注意到成员国在交通领域合作取得的进展。"));
        assertEquals(List.of("Call 国际社会加大对发展中国家的援助 @members:sco"),
                acts(SCO, "与会各方呼吁国际社会加大对发展中国家的援助。"));
        assertEquals(List.of("Reaffirmation 恪守《联合国宪章》宗旨和原则 @members:sco"),
                acts(SCO, "各方重申恪守《联合国宪章》宗旨和原则。"));
        assertEquals(List.of("Reaffirmation 联合国在国际事务中发挥核心作用 @members:sco", "Support 联合国在国际事务中发挥核心作用 @members:sco"),
                acts(SCO, "重申支持联合国在国际事务中发挥核心作用。"));
        assertEquals(List.of("Welcoming 乌兹别克斯坦担任下一任主席国 @members:sco"),
                acts(SCO, "欢迎乌兹别克斯坦担任下一任主席国。"));
        assertEquals(List.of("Appreciation 哈萨克斯坦担任主席国期间所做的工作 @members:sco"),
                acts(SCO, "成员国领导人高度赞赏哈萨克斯坦担任主席国期间所做的工作。"));
        assertEquals(List.of("Welcoming 中方支持东盟共同体建设 @members:asean"),
                acts(SCO, "东盟国家领导人欢迎中方支持东盟共同体建设。"));
        assertEquals(List.of(),
                acts(SCO, "联合国安理会通过了第2780号决议。"));
        assertEquals(List.of("Adoption 《成员国数字经济合作纲要》 @members:sco"),
                acts(SCO, "会议通过了《成员国数字经济合作纲要》。"));
        assertEquals(List.of(),
                acts(SCO, "会议由吉尔吉斯共和国总统主持。"));
        assertEquals(List.of("Noting 全球经济面临诸多风险 @members:sco"),
                acts(SCO, "但我们也注意到全球经济面临诸多风险。"));
        assertEquals(List.of("Statement 应加强粮食安全合作 @members:sco"),
                acts(SCO, "同时，成员国强调应加强粮食安全合作。"));
        assertEquals(List.of("Adoption 《防治传染病联合行动计划》 @members:sco"),
                acts(SCO, "为此，相关成员国通过了《防治传染病联合行动计划》。"));
        assertEquals(List.of("Appreciation 本年度合作取得的成果 @members:sco", "Appreciation 建立“数字金砖”论坛等 @members:sco"),
                acts(SCO, "我们对本年度合作取得的成果表示满意，包括建立“数字金砖”论坛等。"));
        assertEquals(List.of("Support 阿富汗和平重建进程 @members:sco"),
                acts(SCO, "我们一如既往地支持阿富汗和平重建进程。"));
        assertEquals(List.of("Opposition 将经贸问题政治化 @members:sco"),
                acts(SCO, "成员国坚定不移地反对将经贸问题政治化。"));
        assertEquals(List.of("Statement “命运共同体”理念 @members:sco", "Appreciation “命运共同体”理念 @members:sco"),
                acts(SCO, "我们共同忆及和充分肯定“命运共同体”理念。"));
        assertEquals(List.of("Support 最不发达国家实现可持续发展目标 @members:sco"),
                acts(SCO, "我们继续承诺支持最不发达国家实现可持续发展目标。"));
        assertEquals(List.of("Statement 地区局势紧张 @members:sco"),
                acts(SCO, "成员国对地区局势紧张深表关切。"));
        assertEquals(List.of("Support 通过对话解决争端 @members:sco"),
                acts(SCO, "成员国在联合国框架内支持通过对话解决争端。"));
        assertEquals(List.of("Welcoming 非洲联盟加入二十国集团 @members:sco", "Support 非洲联盟加入二十国集团 @members:sco"),
                acts(SCO, "我们欢迎并支持非洲联盟加入二十国集团。"));
        assertEquals(List.of("Statement 必须坚持不干涉内政原则 @members:sco"),
                acts(SCO, "成员国认为，必须坚持不干涉内政原则。"));
        assertEquals(List.of("Noting 任何时候都要保护核设施的安全，确保平民免受伤害 @members:sco"),
                acts(SCO, "成员国指出，任何时候都要保护核设施的安全，确保平民免受伤害。"));
    }

    @Test
    void theVerbsOfTheGenreAndTheirVariants() {
        assertEquals(List.of("Noting 地区经济一体化进程加快 @members:sco"),
                acts(SCO, "成员国满意地注意到地区经济一体化进程加快。"));
        assertEquals(List.of("Noting 青年交流日益活跃 @members:sco"),
                acts(SCO, "成员国高兴地看到青年交流日益活跃。"));
        assertEquals(List.of("Noting 本组织对外交往不断扩大 @members:sco"),
                acts(SCO, "成员国满意地指出，本组织对外交往不断扩大。"));
        assertEquals(List.of("Appreciation 主席国举办的系列活动 @members:sco"),
                acts(SCO, "成员国积极评价主席国举办的系列活动。"));
        assertEquals(List.of("Appreciation 秘书处的工作 @members:sco"),
                acts(SCO, "成员国充分肯定秘书处的工作。"));
        assertEquals(List.of("Appreciation 能源部长会议取得的成果 @members:sco"),
                acts(SCO, "成员国高度肯定能源部长会议取得的成果。"));
        assertEquals(List.of("Appreciation 各国为抗击疫情作出的努力 @members:sco"),
                acts(SCO, "成员国赞扬各国为抗击疫情作出的努力。"));
        assertEquals(List.of("Welcoming 观察员国参与本组织活动 @members:sco"),
                acts(SCO, "成员国对观察员国参与本组织活动表示欢迎。"));
        assertEquals(List.of("Welcoming 区域互联互通水平不断提升 @members:sco"),
                acts(SCO, "成员国乐见区域互联互通水平不断提升。"));
        assertEquals(List.of("Welcoming 本组织成立二十五周年 @members:sco"),
                acts(SCO, "成员国庆祝本组织成立二十五周年。"));
        assertEquals(List.of("Approval 秘书长关于本组织活动的年度报告 @members:sco"),
                acts(SCO, "成员国核可秘书长关于本组织活动的年度报告。"));
        assertEquals(List.of("Adoption 《成员国旅游合作发展纲要》 @members:sco"),
                acts(SCO, "成员国原则通过《成员国旅游合作发展纲要》。"));
        assertEquals(List.of("Adoption 《本组织预算执行情况报告》 @members:sco"),
                acts(SCO, "成员国审议通过了《本组织预算执行情况报告》。"));
        assertEquals(List.of("Signing 《成员国海关合作协定》 @members:sco"),
                acts(SCO, "成员国签署了《成员国海关合作协定》。"));
        assertEquals(List.of("Issuance 《关于维护国际信息安全的声明》 @members:sco"),
                acts(SCO, "成员国发表了《关于维护国际信息安全的声明》。"));
        assertEquals(List.of("Approval 《本组织至2035年发展战略》 @members:sco"),
                acts(SCO, "成员国批准了《本组织至2035年发展战略》。"));
        assertEquals(List.of("Opposition 单边制裁 @members:sco"),
                acts(SCO, "成员国坚决反对单边制裁。"));
        assertEquals(List.of("Opposition 任何形式的保护主义 @members:sco"),
                acts(SCO, "成员国不支持任何形式的保护主义。"));
        assertEquals(List.of("Call 有关各方保持克制 @members:sco"),
                acts(SCO, "成员国敦促有关各方保持克制。"));
        assertEquals(List.of("Call 国际社会关注阿富汗人道主义局势 @members:sco"),
                acts(SCO, "成员国吁请国际社会关注阿富汗人道主义局势。"));
        assertEquals(List.of("Reaffirmation 巴勒斯坦人民恢复民族合法权利 @members:sco", "Support 巴勒斯坦人民恢复民族合法权利 @members:sco"),
                acts(SCO, "成员国重申坚定支持巴勒斯坦人民恢复民族合法权利。"));
        assertEquals(List.of("Reaffirmation 本组织的开放原则 @members:sco"),
                acts(SCO, "成员国再次确认本组织的开放原则。"));
        assertEquals(List.of("Statement 授予土库曼斯坦本组织观察员国地位 @members:sco"),
                acts(SCO, "成员国决定授予土库曼斯坦本组织观察员国地位。"));
        assertEquals(List.of("Statement 推动构建更加公正合理的国际秩序 @members:sco"),
                acts(SCO, "成员国致力于推动构建更加公正合理的国际秩序。"));
        assertEquals(List.of("Statement 各国加强文化遗产保护合作 @members:sco"),
                acts(SCO, "成员国鼓励各国加强文化遗产保护合作。"));
        assertEquals(List.of(),
                acts(SCO, "成员国表示愿意加强在应急管理领域的合作。"));
        assertEquals(List.of("Statement 有关国家遭受洪灾的遇难者 @members:sco"),
                acts(SCO, "成员国对有关国家遭受洪灾的遇难者表示哀悼。"));
        assertEquals(List.of(),
                acts(SCO, "成员国不签署任何损害第三方利益的协议。"));
        assertEquals(List.of(),
                acts(SCO, "成员国将签署《成员国环保合作协定》。"));
        assertEquals(List.of("Condemnation 2031年3月9日在某某市发生的恐怖袭击事件 @members:sco"),
                acts(SCO, "成员国强烈谴责2031年3月9日在某某市发生的恐怖袭击事件。"));
    }

    @Test
    void sidesNamedStatesAndThirdParties() {
        assertEquals(List.of("Support 哈方举办第二届中国—中亚峰会 @china"),
                acts(CHINA_CENTRAL_ASIA, "中方支持哈方举办第二届中国—中亚峰会。"));
        assertEquals(List.of("Appreciation 中方提出的全球安全倡议 @kazakhstan"),
                acts(CHINA_CENTRAL_ASIA, "哈方高度评价中方提出的全球安全倡议。"));
        assertEquals(List.of("Support 中方维护国家统一的努力 @uzbekistan"),
                acts(CHINA_CENTRAL_ASIA, "乌方坚定支持中方维护国家统一的努力。"));
        assertEquals(List.of("Welcoming 中方企业扩大对吉投资 @kyrgyzstan"),
                acts(CHINA_CENTRAL_ASIA, "吉方欢迎中方企业扩大对吉投资。"));
        assertEquals(List.of("Opposition 任何国家干涉中国内政 @tajikistan"),
                acts(CHINA_CENTRAL_ASIA, "塔方反对任何国家干涉中国内政。"));
        assertEquals(List.of("Reaffirmation 中方主办亚太经合组织会议 @russia", "Support 中方主办亚太经合组织会议 @russia"),
                acts(CHINA_CENTRAL_ASIA, "俄方重申支持中方主办亚太经合组织会议。"));
        assertEquals(List.of("Support 举办中亚地区青年论坛 @kazakhstan|uzbekistan"),
                acts(CHINA_CENTRAL_ASIA, "哈萨克斯坦共和国和乌兹别克斯坦共和国支持举办中亚地区青年论坛。"));
        assertEquals(List.of("Welcoming 中方设立中亚合作基金 @kazakhstan|kyrgyzstan|tajikistan|turkmenistan|uzbekistan"),
                acts(CHINA_CENTRAL_ASIA, "中亚国家欢迎中方设立中亚合作基金。"));
        assertEquals(List.of(),
                acts(CHINA_CENTRAL_ASIA, "联合国秘书长呼吁各方停火。"));
        assertEquals(List.of(),
                acts(CHINA_CENTRAL_ASIA, "欧洲联盟谴责这次袭击。"));
        assertEquals(List.of("Issuance 《关于加强地区安全的联合声明》 @members:null"),
                acts(CHINA_CENTRAL_ASIA, "会议发表了《关于加强地区安全的联合声明》。"));
    }

    @Test
    void aStatementAboutWhatWasJustSaidIsAboutThatSaying() {
        assertEquals(List.of("Appreciation 2030年，各成员国克服困难，保持了合作势头 @members:sco"),
                acts(SCO, "2030年，各成员国克服困难，保持了合作势头。我们对此表示赞赏。"));
        assertEquals(List.of("Welcoming 成员国启动了区域物流中心建设 @members:sco"),
                acts(SCO, "成员国启动了区域物流中心建设，对此表示欢迎。"));
        assertEquals(List.of("Statement 蒙方成功举办世界游牧民族运动会 @china", "Welcoming 蒙方成功举办世界游牧民族运动会 @china"),
                acts(BILATERAL, "蒙方成功举办世界游牧民族运动会。中方对此表示祝贺和欢迎。")); // one act per verb
        assertEquals(List.of("Support 蒙方 @china", "Statement 蒙方 @china"), acts(BILATERAL, "中方对蒙方表示支持和理解。"));
        assertEquals(List.of(), acts(SCO, "各成员国克服困难，保持了合作势头。\n我们对此表示赞赏。"),
                "a sentence of another paragraph is no antecedent");
        assertEquals(List.of("Welcoming 区域物流中心的建设 @members:sco"),
                acts(SCO, "成员国对区域物流中心的建设表示欢迎。"), "此 only as the whole object");
    }

    @Test
    void aPhraseBeforeAVerbWithNothingAfterItIsWhatTheVerbIsAbout() {
        assertEquals(List.of("Support 涉及国家主权、安全和领土完整等核心利益的问题 @members:null"),
                acts(BILATERAL, "双方继续在涉及国家主权、安全和领土完整等核心利益的问题上相互支持。"));
        assertEquals(List.of("Statement 涉及彼此核心利益和重大关切的问题 @members:null", "Support 涉及彼此核心利益和重大关切的问题 @members:null"),
                acts(BILATERAL, "双方在涉及彼此核心利益和重大关切的问题上相互理解和支持。"));
        assertEquals(List.of("Support 蒙方 @china"), acts(BILATERAL, "中方在蒙方关切的问题上坚定支持蒙方。"));
        assertEquals(List.of("Support 多边主义 @members:null"), acts(BILATERAL, "双方在联合国框架内继续坚定支持多边主义。"));
        assertEquals(List.of("Support 对方主办的国际会议 @members:null"),
                acts(BILATERAL, "双方在多边机制中积极支持对方主办的国际会议。"));
    }

    @Test
    void theRegionsSideOfAForumWithChinaIsTheMembersOfItsOrganisation() {
        String focac = "中非合作论坛第九届部长级会议宣言";
        assertEquals(List.of("Appreciation 中方为非洲和平与安全作出的贡献 @members:au"),
                acts(focac, "非方赞赏中方为非洲和平与安全作出的贡献。"));
        assertEquals(List.of("Welcoming 中方提出的全球发展倡议 @members:au"), acts(focac, "非洲国家欢迎中方提出的全球发展倡议。"));
        assertEquals(List.of("Support 阿拉伯国家维护国家主权和领土完整 @china"),
                acts("中国—阿拉伯国家峰会宣言", "中方支持阿拉伯国家维护国家主权和领土完整。"), "in the object, no speaker");
        assertEquals(List.of("Reaffirmation 坚定奉行一个中国原则 @members:arab-league"),
                acts("中国—阿拉伯国家峰会宣言", "阿方重申坚定奉行一个中国原则。"));
        assertEquals(List.of("Statement 加强在联合国的协调 @china|members:arab-league"),
                acts("中国—阿拉伯国家峰会宣言", "中国和阿拉伯国家一致同意加强在联合国的协调。"));
        assertEquals(List.of("Appreciation 中方对东盟共同体建设的支持 @members:asean"),
                acts("中国—东盟领导人会议联合声明", "东盟国家赞赏中方对东盟共同体建设的支持。"));
    }

    @Test
    void theIslandSideOfTheForumWithThePacificIsItsIslandStates() {
        String pic = "中国—太平洋岛国外长会联合声明";
        String islands = "fiji|samoa|papua-new-guinea|vanuatu|micronesia|tonga|solomon-islands|kiribati|nauru";
        assertEquals(List.of("Reaffirmation 坚持一个中国原则 @" + islands),
                acts(pic, "太平洋岛国重申坚持一个中国原则。"));
        assertEquals(List.of("Appreciation 中方为岛国应对气候变化提供的帮助 @" + islands),
                acts(pic, "岛国方赞赏中方为岛国应对气候变化提供的帮助。"));
        assertEquals(List.of("Support 太平洋岛国自主选择发展道路 @china"),
                acts(pic, "中方支持太平洋岛国自主选择发展道路。"), "in the object, no speaker");
    }

    @Test
    void bothSidesNamedByTheirShortFormsAreTheDeclaringParties() {
        assertEquals(List.of("Appreciation 两国关系的高水平发展 @members:null"), acts(BILATERAL, "中蒙双方高度评价两国关系的高水平发展。"));
        assertEquals(List.of("Statement 深化在联合国框架内的协作 @members:null"), acts(BILATERAL, "中蒙两国元首同意深化在联合国框架内的协作。"));
        assertEquals(List.of("Reaffirmation 多边主义 @members:china-arab", "Support 多边主义 @members:china-arab"),
                acts("中国—阿拉伯国家合作论坛部长级会议宣言", "中阿双方重申坚定支持多边主义。"));
        assertEquals(List.of(), acts(BILATERAL, "中蒙边境地区的双方居民往来密切。"), "short forms that open no subject");
    }
}
