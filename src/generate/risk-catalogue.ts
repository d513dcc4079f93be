import type { RiskCategory } from './ground-truth.js';

/**
 * A planted risk: clauses appended to a background complaint. `{t}` marks where the trigger goes; the trigger is
 * the exact phrase the ground truth records. The negated twins say the same words under a negation in the same
 * clause, and must not be flagged.
 */
export interface RiskPlant {
  category: RiskCategory;
  /** Problem key the complaint the risk is appended to must be about (any problem when absent). */
  problem?: string;
  /** Clauses with the trigger; `trigger` is the exact phrase inside. */
  threats: ReadonlyArray<{ clause: string; trigger: string }>;
  /** Clauses with the trigger negated; the whole clause is the recorded phrase. */
  negated: readonly string[];
}

/** Risk categories with their trigger clauses and negated twins. */
export const RISK_PLANTS: readonly RiskPlant[] = [
  {
    category: 'regulator',
    threats: [
      { clause: '再不解决我就投诉到工信部', trigger: '投诉到工信部' },
      { clause: '我要打12300申诉', trigger: '12300' },
      { clause: '已经准备向工信部投诉了', trigger: '向工信部投诉' },
    ],
    negated: ['我没有要投诉工信部的意思，就是想尽快解决', '我不会去工信部投诉，希望你们重视'],
  },
  {
    category: 'media',
    threats: [
      { clause: '不解决我就找媒体曝光', trigger: '找媒体曝光' },
      { clause: '我要发微博让大家都看看', trigger: '发微博' },
    ],
    negated: ['我不想找媒体曝光，只想把问题解决了', '没打算发微博，你们给个说法就行'],
  },
  {
    category: 'legal',
    threats: [
      { clause: '我已经咨询律师了，准备起诉你们', trigger: '起诉' },
      { clause: '再这样就法院见', trigger: '法院见' },
    ],
    negated: ['我不打算起诉，希望协商解决', '并不是要走法律途径，只要退钱'],
  },
  {
    category: 'attitude',
    threats: [
      { clause: '之前打客服，客服态度差还直接挂电话', trigger: '挂电话' },
      { clause: '营业员服务态度恶劣，爱答不理', trigger: '态度恶劣' },
    ],
    negated: ['不是说客服态度恶劣，是问题一直拖着没处理', '客服没有挂电话，但一直没有回复'],
  },
  {
    category: 'mass',
    problem: 'broadband-drop',
    threats: [
      { clause: '整个小区都断网了，好几百户都受影响', trigger: '整个小区' },
      { clause: '整栋楼的用户都没法用', trigger: '整栋楼' },
    ],
    negated: ['并非整个小区都这样，只有我家有问题'],
  },
  {
    category: 'safety',
    threats: [
      { clause: '楼道里的光缆垂下来，差点绊倒老人，有安全隐患', trigger: '安全隐患' },
      { clause: '外面的通信线杆歪了快倒了，怕砸到人', trigger: '砸到人' },
    ],
    negated: ['线路看着乱但是没有安全隐患，就是不好看'],
  },
  {
    category: 'churn',
    threats: [
      { clause: '再这样我就携号转网', trigger: '携号转网' },
      { clause: '准备销户换别家运营商了', trigger: '销户' },
    ],
    negated: ['我不想携号转网，用了十几年了，只想解决问题'],
  },
];
